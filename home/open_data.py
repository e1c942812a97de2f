"""The open data API's shared kit: licence metadata, limit/offset pagination with a CSV
variant, the per-client rate limit and conditional GET, and the API itself.

The ground floor knows no app: `beteiligung.api` and `forum.api` bring their routers, and
`config.api` puts them together with `build_api`. Every response is anonymous, read-only
and carries the licence and the source in `meta`."""

import csv
import datetime
import hashlib
import itertools
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import wraps
from typing import Annotated, Any, Literal

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.http import HttpRequest, JsonResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import set_response_etag
from django.utils.http import http_date
from django.views.decorators.http import conditional_page
from django_ratelimit import ALL
from django_ratelimit.core import is_ratelimited
from ninja import Field, NinjaAPI, Router, Schema
from ninja.pagination import LimitOffsetPagination
from pydantic import BeforeValidator

from .exports import spreadsheet_text
from .participation.people import hash_ip

#: Used when `OPEN_DATA_LICENCE` is not set.
DEFAULT_LICENCE = {
    "name": "Datenlizenz Deutschland – Namensnennung – Version 2.0",
    "url": "https://www.govdata.de/dl-de/by-2-0",
    "publisher": "Region Hannover, Stabsstelle Integration und Teilhabe",
    # The language of the licence's name, so that pages in other languages mark it.
    "language": "de",
}
#: Largest page a client may ask for; CSV downloads are not paged.
MAX_LIMIT = 500
#: Larger offsets overflow SQLite's integers and mean nothing for a data set this size.
MAX_OFFSET = 10_000_000
#: Largest id a path or filter accepts (PostgreSQL's `integer`).
MAX_ID = 2**31 - 1
#: Block ids, slugs: letters, digits, hyphens and underscores only.
TOKEN_PATTERN = r"^[A-Za-z0-9_-]+$"


def _iso_day(value):
    # Pydantic would also read "0" as a day (a Unix time): only YYYY-MM-DD is a day here.
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("expected a day as YYYY-MM-DD")
    return value


#: A day in a filter, written YYYY-MM-DD.
Day = Annotated[datetime.date, BeforeValidator(_iso_day)]


def within_days(field: str, first: datetime.date | None, last: datetime.date | None) -> Q:
    """A filter on a datetime `field`: from the start of `first` to the end of `last`, both
    days in the site's time zone, either side open when not given.

    The first and the last day of the calendar bound nothing: midnight of 1 January of
    the year 1 in Hannover is still in the year 0 in UTC, which no datetime can hold, and
    nothing here was written on either day."""
    zone = timezone.get_current_timezone()
    condition = Q()
    if first and first > datetime.date.min:
        start = datetime.datetime.combine(first, datetime.time.min, zone)
        condition &= Q(**{f"{field}__gte": start})
    if last and last < datetime.date.max:
        end = datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time.min, zone)
        condition &= Q(**{f"{field}__lt": end})
    return condition


# Metadata ---------------------------------------------------------------------------


class Licence(Schema):
    name: str
    url: str


class Meta(Schema):
    """Licence and provenance, in every response."""

    licence: Licence
    publisher: str = Field(description="Who publishes the data; name them when you reuse it.")
    source: str = Field(description="The site the data comes from.")


class Error(Schema):
    detail: str


class InvalidRequest(Schema):
    """A parameter the API does not accept (422), one entry per parameter."""

    detail: list[dict[str, Any]]


def responses(ok, *, can_be_missing: bool = False) -> dict:
    """What an operation answers: `ok`, and the errors every operation may give."""
    answers = {200: ok, 422: InvalidRequest, 429: Error}
    if can_be_missing:
        answers[404] = Error
    return answers


def licence() -> dict:
    return {**DEFAULT_LICENCE, **getattr(settings, "OPEN_DATA_LICENCE", {})}


def meta(request: HttpRequest) -> dict:
    chosen = licence()
    return {
        "licence": {"name": chosen["name"], "url": chosen["url"]},
        "publisher": chosen["publisher"],
        "source": request.build_absolute_uri("/"),
    }


# Pagination and CSV -------------------------------------------------------------------


class Rows:
    """Rows of a list endpoint, built page by page: `build` turns the records of one page
    (a slice of `records`, a queryset or a list) into dicts, so a page of 50 costs the
    queries of 50 and a CSV download reads the records in chunks."""

    def __init__(self, records, build: Callable[[list], list[dict]]):
        self.records = records
        self.build = build

    def all(self) -> "Rows":
        return self

    def count(self) -> int:
        records = self.records
        return records.count() if hasattr(records, "model") else len(records)

    def __getitem__(self, window: slice) -> list[dict]:
        return self.build(list(self.records[window]))

    def __iter__(self) -> Iterator[dict]:
        chunk = 500
        total = self.count()
        for start in range(0, total, chunk):
            yield from self[start : start + chunk]


class CsvRequested(Exception):
    """Raised by the paginator for `?format=csv`: the whole list leaves as a CSV file."""

    def __init__(self, rows: Rows, name: str):
        super().__init__(name)
        self.rows = rows
        self.name = name


class OpenDataPagination(LimitOffsetPagination):
    """Limit and offset, ordered as the endpoint orders (by id), with the metadata."""

    class Input(Schema):
        limit: int = Field(50, ge=1, le=MAX_LIMIT)
        offset: int = Field(0, ge=0, le=MAX_OFFSET)
        format: Literal["json", "csv"] = Field(
            "json", description="`csv` downloads the whole filtered list as a CSV file."
        )

    class Output(Schema):
        meta: Meta
        count: int
        items: list[Any]

    def __init__(self, **kwargs):
        super().__init__(max_limit=MAX_LIMIT, **kwargs)

    def paginate_queryset(self, queryset, pagination, request, **params):
        if pagination.format == "csv":
            raise CsvRequested(queryset, request.path.strip("/").replace("/", "-"))
        result = super().paginate_queryset(queryset, pagination, request, **params)
        return {"meta": meta(request), **result}


#: What a list operation declares besides JSON, so that its CSV is in the OpenAPI document.
CSV_RESPONSE = {
    "responses": {
        200: {"content": {"text/csv": {"schema": {"type": "string"}}}},
    }
}


class _Echo:
    def write(self, value: str) -> str:
        return value


def spreadsheet_cell(value) -> str:
    """A cell as a spreadsheet shows it, never a formula; lists joined with "; "."""
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        value = value.isoformat()
    if isinstance(value, dict):
        value = "; ".join(f"{key}: {spreadsheet_cell(item)}" for key, item in value.items())
    elif isinstance(value, list | tuple):
        value = "; ".join(spreadsheet_cell(item) for item in value)
    return spreadsheet_text(str(value))


def csv_lines(rows: Iterable[dict], header: Sequence[str]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    yield "\ufeff" + writer.writerow(header)
    for row in rows:
        yield writer.writerow([spreadsheet_cell(row.get(column)) for column in header])


def csv_response(request: HttpRequest, error: CsvRequested) -> StreamingHttpResponse:
    rows = iter(error.rows)
    first = next(rows, None)
    header = list(first) if first else ["id"]
    lines = csv_lines(itertools.chain([first], rows) if first else [], header)
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{error.name}.csv"'
    # A file travels without the JSON's metadata: the licence goes in a header (RFC 8288).
    response["Link"] = f'<{licence()["url"]}>; rel="license"'
    return response


# Rate limit and conditional GET ------------------------------------------------------


def _rate(group, request) -> str:
    return settings.RATELIMIT_API_PER_IP


def _client(group, request) -> str:
    # The participation kit's one way to tell clients apart; django-ratelimit's own "ip"
    # key fails with a server error on a request without REMOTE_ADDR.
    return hash_ip(request)


#: How long the time a response was first seen is remembered; afterwards it counts as new.
LAST_MODIFIED_TIMEOUT = 7 * 24 * 3600


def stamped(view):
    """Adds Last-Modified: when this address was first answered with this body. The API
    builds its answers from many tables, so the time is remembered per address and ETag in
    the cache rather than read from the data: a new body gets a new time, and a time the
    cache lost (or never had) is now, so a client is never told "not modified" wrongly,
    only asked to fetch again. (If-None-Match, when a client sends both, decides.)"""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if response.status_code != 200 or response.streaming or request.method != "GET":
            return response
        set_response_etag(response)
        key = "open-data-since:" + hashlib.sha256(request.get_full_path().encode()).hexdigest()
        now = int(time.time())
        etag, since = cache.get(key) or ("", now)
        if etag != response["ETag"]:
            since = now
            cache.set(key, (response["ETag"], since), LAST_MODIFIED_TIMEOUT)
        # HTTP dates count seconds: a body first seen in this very second could still
        # change within it, unseen by a client that compares dates, so its date is given
        # from the next second on (RFC 9110, 8.8.2.2).
        if since < now:
            response["Last-Modified"] = http_date(since)
        return response

    return wrapper


def open_data_view(view):
    """Every API view: a limit per client address that answers 429 in JSON; an ETag from
    the body and a Last-Modified, so that a client polling with If-None-Match or
    If-Modified-Since gets 304 and no body."""
    conditional = conditional_page(stamped(view))

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if is_ratelimited(
            request, group="open-data-api", key=_client, rate=_rate, method=ALL, increment=True
        ):
            return JsonResponse({"detail": "Too many requests; try again later."}, status=429)
        return conditional(request, *args, **kwargs)

    return wrapper


# The API ----------------------------------------------------------------------------


def build_api(routers: dict[str, Router], **options) -> NinjaAPI:
    """The open data API with the given routers. Ninja's own documentation loads Swagger
    UI from a CDN: it is switched off and `docs` renders the schema instead."""
    api = NinjaAPI(docs_url=None, openapi_url="/openapi.json", **options)

    @api.exception_handler(CsvRequested)
    def _csv(request, error):
        return csv_response(request, error)

    for prefix, router in routers.items():
        router.add_decorator(open_data_view, mode="view")
        api.add_router(prefix, router)
    return api


def docs(request: HttpRequest, api: NinjaAPI, prefix: str):
    """The API's documentation, rendered here from its OpenAPI document: no script, no
    style and nothing from another origin."""
    schema = api.get_openapi_schema(path_prefix=prefix)
    operations = [
        {
            "method": method.upper(),
            "path": path,
            "summary": operation.get("summary", ""),
            "description": operation.get("description", ""),
            "parameters": [
                {
                    "name": parameter["name"],
                    "where": parameter["in"],
                    "required": parameter.get("required", False),
                    "description": parameter.get("description")
                    or parameter.get("schema", {}).get("description", ""),
                    "type": _type_name(parameter.get("schema", {})),
                }
                for parameter in operation.get("parameters", [])
            ],
        }
        for path, methods in schema["paths"].items()
        for method, operation in methods.items()
    ]
    return render(
        request,
        "home/open_data_docs.html",
        {
            "operations": operations,
            "licence": licence(),
            "openapi_url": f"{prefix}openapi.json",
            "rate": settings.RATELIMIT_API_PER_IP,
            "max_limit": MAX_LIMIT,
        },
    )


def _type_name(schema: dict) -> str:
    if "enum" in schema:
        return " | ".join(str(value) for value in schema["enum"])
    if "anyOf" in schema:
        return " | ".join(_type_name(option) for option in schema["anyOf"])
    return schema.get("format") or schema.get("type", "")
