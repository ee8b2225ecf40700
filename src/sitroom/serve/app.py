"""The FastAPI application: API, dashboard pages, static files, security headers, error pages.

create_app() takes an open Store (tests, benchmarks) or a database URL (the CLI). Leaflet is
served from the installed xstatic-leaflet package and its marker clustering from
xstatic-leaflet-markercluster; the basemap is built from sitroom's own
geographic data files; nothing is fetched from a CDN.
"""
from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import urlsplit

import xstatic.pkg.leaflet as xleaflet
import xstatic.pkg.leaflet_markercluster as xmarkercluster
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import GZipMiddleware

from sitroom.errors import SitroomError
from sitroom.store import Store
from sitroom.store.review import ReviewStore
from sitroom.store.review_values import FieldError
from sitroom.store.users import UserStore

from . import api, pages
from .basemap import basemap_bytes
from .cache import ResponseCache
from .headers import SecurityHeaders
from .settings import Settings

log = logging.getLogger("sitroom.serve")
HERE = Path(__file__).resolve().parent


def _csp(settings: Settings) -> str:
    img = "'self' data:"
    if settings.tile_url:
        parts = urlsplit(settings.tile_url.replace("{s}", "a"))
        host = parts.netloc.replace("a.", "*.", 1) if "{s}" in settings.tile_url else parts.netloc
        img += f" {parts.scheme}://{host}"
    return ("default-src 'self'; script-src 'self'; style-src 'self'; img-src " + img +
            "; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            "form-action 'self'")


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


def create_app(store: Store | None = None, db_url: str | None = None,
               settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.from_env()
    if store is None:
        store = Store.open(db_url)
    app = FastAPI(
        title="sitroom", version="1",
        description="Geocoded, source-attributed conflict events extracted from crisis reporting, "
                    "with the evidence of every field and analysts' review.",
        docs_url=None, redoc_url=None,  # their pages load scripts from a CDN; /openapi.json stays
    )
    app.state.settings = settings
    app.state.store = store
    app.state.reviews = ReviewStore(store)
    app.state.users = UserStore(store)
    app.state.response_cache = ResponseCache()
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(SecurityHeaders, headers={
        "Content-Security-Policy": _csp(settings), "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin", "X-Frame-Options": "DENY"})

    @app.exception_handler(FieldError)
    async def field_error(request: Request, exc: FieldError):
        # a value the record contract does not allow: 422 naming the field and the reason
        if _wants_html(request):
            return pages.error_page(request, 422, str(exc))
        return JSONResponse({"detail": [{"loc": ["body", "changes", exc.field], "msg": exc.reason}],
                             "field": exc.field, "reason": exc.reason}, status_code=422)

    @app.exception_handler(SitroomError)
    async def user_error(request: Request, exc: SitroomError):
        # StoreError and friends: the request asked for something impossible (bad date, unknown id)
        status = 404 if str(exc).startswith("no event") else 400
        if _wants_html(request):
            return pages.error_page(request, status, str(exc))
        return JSONResponse({"detail": str(exc)}, status_code=status)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        if _wants_html(request):
            return pages.error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        # the trace goes to the server log only; clients learn nothing about the internals
        log.error("error serving %s %s", request.method, request.url.path, exc_info=exc)
        if _wants_html(request):
            return pages.error_page(request, 500, "Something went wrong on the server.")
        return JSONResponse({"detail": "internal server error"}, status_code=500)

    app.include_router(api.router)
    app.include_router(pages.router)

    @app.get("/basemap.geojson", include_in_schema=False)
    def basemap() -> Response:
        return Response(basemap_bytes(), media_type="application/geo+json",
                        headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount("/vendor/leaflet", StaticFiles(directory=xleaflet.BASE_DIR), name="leaflet")
    app.mount("/vendor/markercluster", StaticFiles(directory=xmarkercluster.BASE_DIR), name="markercluster")
    return app


def app_from_env() -> FastAPI:
    """The application of one `sitroom serve` worker process: the database from SITROOM_DB,
    settings from the environment, the basemap built before the first visitor asks."""
    import os

    app = create_app(db_url=os.environ.get("SITROOM_DB"))
    basemap_bytes()
    return app
