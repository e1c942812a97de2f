"""The open data API under /api/open/: the one place that knows both apps' routers."""

from beteiligung.api import router as consultations
from forum.api import router as forum
from home.open_data import build_api

PREFIX = "/api/open/"

api = build_api(
    {"": consultations, "/forum": forum},
    title="Teilhabe open data",
    version="1.0",
    description=(
        "Read-only open data of the Stabsstelle Integration und Teilhabe, Region Hannover: "
        "consultations, published contributions, changes between versions, results and "
        "forum sessions. Every response names its licence in `meta`."
    ),
    urls_namespace="open_data",
)
