import json

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Prefetch

from claims.models import Article, Claim
from claims.serializers import ArticleSerializer, ClaimSerializer


class Command(BaseCommand):
    help = "Print an article's claims with their evidence and verdicts, in the API's claim shape."

    def add_arguments(self, parser):
        parser.add_argument("article_id", metavar="ID", help="The article's id.")
        parser.add_argument("--format", choices=["json", "text"], default="text")

    def handle(self, *args, article_id: str, format: str, **options):
        if not article_id.isdigit():
            raise CommandError(f"{article_id!r} is not an article id: give the number that ingest_article printed.")
        claims = ClaimSerializer.prefetch(Claim.objects.order_by("start", "end", "pk"))
        article = (
            Article.objects.prefetch_related(Prefetch("claims", queryset=claims)).filter(pk=int(article_id)).first()
        )
        if article is None:
            raise CommandError(f"There is no article with id {article_id}.")
        article.claim_count = len(article.claims.all())
        report = {
            "article": ArticleSerializer(article).data,
            "claims": ClaimSerializer(article.claims.all(), many=True).data,
        }
        if format == "json":
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2))
        else:
            self.write_text(report)

    def write_text(self, report: dict) -> None:
        article = report["article"]
        self.stdout.write(f"Article {article['id']}: {article['title'] or '(untitled)'} [{article['status']}]")
        self.stdout.write(f"{article['claim_count']} claims")
        for claim in report["claims"]:
            self.stdout.write("")
            self.stdout.write(f"#{claim['id']} [{claim['status']}, {claim['kind']}, {claim['checkworthiness']:.2f}]")
            self.stdout.write(f"  {claim['text']}")
            for evidence in claim["evidence"]:
                self.stdout.write(
                    f"  - {evidence['stance']} ({evidence['score']:.2f}) {evidence['source'] or ''} {evidence['url']}"
                )
            if claim["verdict"]:
                verdict = claim["verdict"]
                self.stdout.write(f"  verdict: {verdict['rating'] or '-'} ({verdict['status']}) {verdict['summary']}")
