import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from claims.models import Article, Claim, Correction, Evidence, Rating, Verdict
from sources.models import Document, Source


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        # The groups come from a data migration; transactional tests need serialized_rollback=True to keep them.
        for name in names or []:
            self.groups.add(Group.objects.get(name=name))


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    name = factory.Sequence(lambda n: f"Source {n}")
    homepage = factory.Sequence(lambda n: f"https://source{n}.example.org/")
    kind = Source.Kind.NEWSPAPER
    languages = ["fr"]


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    source = factory.SubFactory(SourceFactory)
    url = factory.Sequence(lambda n: f"https://source.example.org/news/{n}")
    canonical_url = factory.LazyAttribute(lambda d: d.url)
    title = factory.Sequence(lambda n: f"Report {n}")
    text = "Un cessez-le-feu est entré en vigueur mercredi à 13 heures."
    language = "fr"
    status = Document.Status.ARCHIVED


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Article {n}")
    text = (
        "Le cessez-le-feu est entré en vigueur mercredi à 11 heures. Environ 120 000 personnes vivent dans la région."
    )
    language = "fr"
    status = Article.Status.DONE


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    article = factory.SubFactory(ArticleFactory)
    start = 0
    end = factory.LazyAttribute(lambda c: c.article.text.index(".") + 1)
    text = factory.LazyAttribute(lambda c: c.article.text[c.start : c.end])
    sentence_start = factory.LazyAttribute(lambda c: c.start)
    sentence_end = factory.LazyAttribute(lambda c: c.end)
    checkworthiness = 0.8
    kind = Claim.Kind.TEMPORAL


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    claim = factory.SubFactory(ClaimFactory)
    document = factory.SubFactory(DocumentFactory)
    passage = factory.LazyAttribute(lambda e: e.document.text)
    passage_start = 0
    passage_end = factory.LazyAttribute(lambda e: len(e.passage))
    score = 0.7
    stance = Evidence.Stance.CONTRADICTS


class VerdictFactory(factory.django.DjangoModelFactory):
    """A published verdict by default; pass status=... (and published_at=None) for the other states."""

    class Meta:
        model = Verdict
        skip_postgeneration_save = True

    claim = factory.SubFactory(ClaimFactory)
    slug = factory.Sequence(lambda n: f"verdict-{n}")
    rating = factory.LazyFunction(lambda: Rating.objects.get(slug="false"))
    summary = "Le cessez-le-feu est entré en vigueur à 13 heures, pas à 11 heures."
    explanation = "Les autorités locales et l'agence Reuters donnent 13 heures, heure locale."
    author = factory.SubFactory(UserFactory, groups=["Fact-checker"])
    approver = factory.SubFactory(UserFactory, groups=["Editor"])
    status = Verdict.Status.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def cited_evidence(self, create, evidence, **kwargs):
        if create and evidence:
            self.cited_evidence.set(evidence)


class CorrectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Correction

    verdict = factory.SubFactory(VerdictFactory)
    text = "Une version précédente donnait 12 heures ; l'heure exacte est 13 heures."
    author = factory.SubFactory(UserFactory, groups=["Editor"])


def rating(slug: str) -> Rating:
    return Rating.objects.get(slug=slug)
