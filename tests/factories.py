import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from claims.models import Article, Claim, Rating
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


def rating(slug: str) -> Rating:
    return Rating.objects.get(slug=slug)
