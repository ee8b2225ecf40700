"""Dashboard pages (server-rendered Jinja2; every value is escaped by autoescape) and the form
posts of analyst review, each checked against the session's CSRF token."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from sitroom.errors import SitroomError

from . import auth
from .coding import SUB_EVENT_TYPES, complete_type_changes
from .filters import MAX_OFFSET, EventQuery, event_query
from .highlight import evidence_window, pieces

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(include_in_schema=False)


def http_url(value: str | None) -> str:
    """Links to a document's original only for http(s) URLs (never javascript: and the like)."""
    value = (value or "").strip()
    return value if value.lower().startswith(("http://", "https://")) else ""


templates.env.filters["http_url"] = http_url
PAGE = 50
# event_type and disorder_type follow the sub-event type (coding.complete_type_changes)
EDIT_FORM_FIELDS = ("event_date", "sub_event_type", "report_kind", "actor1", "actor2", "location",
                    "admin1", "latitude", "longitude", "fatalities", "source", "notes")
SPLIT_FORM_FIELDS = ("event_date", "sub_event_type", "report_kind", "actor1", "actor2", "location",
                     "latitude", "longitude", "fatalities", "notes")
SORT_COLUMNS = ("date", "event_type", "location", "fatalities")


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    ctx = {"user": auth.current_user(request), "csrf": auth.csrf_token(request),
           "settings": request.app.state.settings, **context}
    response = templates.TemplateResponse(request, name, ctx, status_code=status_code)
    auth.ensure_browser_cookie(request, response)
    return response


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    try:
        user = auth.current_user(request)
    except HTTPException:
        user = None
    response = templates.TemplateResponse(
        request, "error.html", {"user": user, "csrf": "", "settings": request.app.state.settings,
                                "status": status, "message": message}, status_code=status)
    return response


def _reader_or_login(request: Request) -> Response | None:
    if not auth.can_read(request):
        return RedirectResponse("/login?next=" + quote(str(request.url.path)), status_code=303)
    return None


async def _checked_form(request: Request) -> dict[str, Any]:
    """The posted form, after the user and CSRF checks every write form goes through."""
    form = await request.form()
    if not auth.check_csrf(request, str(form.get(auth.CSRF_FIELD, ""))):
        raise HTTPException(status_code=403, detail="The form expired or did not come from this site; reload and retry.")
    if auth.current_user(request) is None:
        raise HTTPException(status_code=401, detail="Log in to review events.")
    return {k: form.getlist(k) if k == "evidence" else str(form.get(k, "")) for k in form.keys()}


def _back(event_id: str, message: str = "", error: str = "", queue: bool = False) -> RedirectResponse:
    params = {k: v for k, v in (("msg", message), ("error", error), ("queue", "1" if queue else "")) if v}
    suffix = ("?" + urlencode(params)) if params else ""
    return RedirectResponse(f"/events/{quote(event_id, safe='')}{suffix}", status_code=303)


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, query: Annotated[EventQuery, Depends(event_query)],
              page: Annotated[int, Query(ge=1, le=MAX_OFFSET // PAGE)] = 1,
              sort: Annotated[str, Query(pattern="^(date|event_type|location|fatalities|priority)$")] = "date",
              order: Annotated[str, Query(pattern="^(asc|desc)$")] = "desc") -> Response:
    if (redirect := _reader_or_login(request)) is not None:
        return redirect
    reviews = request.app.state.reviews
    qs = query.query_string()
    main_flt = query.flt
    if not main_flt.report_kind:
        main_flt.report_kind = "incident"
    main_flt.limit, main_flt.offset = PAGE, (page - 1) * PAGE
    events, total = reviews.list_events(main_flt, query.review, newest_first=order == "desc", sort=sort)
    tallies: list = []
    if not qs.get("report_kind"):
        from copy import copy
        tflt = copy(main_flt)
        tflt.report_kind, tflt.limit, tflt.offset = "aggregate", 20, 0
        tallies, _ = reviews.list_events(tflt, query.review, with_total=False, newest_first=True)
    return render(request, "dashboard.html", {
        "events": events, "total": total, "page": page, "pages": max(1, -(-(total or 0) // PAGE)),
        "tallies": tallies, "facets": reviews.facets(), "q": qs, "query_string": urlencode(qs),
        "page_link": lambda n: "/?" + urlencode({**qs, "sort": sort, "order": order, "page": n}),
        "sort": sort, "order": order, "sort_columns": SORT_COLUMNS,
        "sort_link": lambda col: "/?" + urlencode({**qs, "sort": col,
                                                   "order": "asc" if sort == col and order == "desc" else "desc"}),
        "queue_link": "/?" + urlencode({**qs, "review_status": "unreviewed", "sort": "priority"}),
    })


@router.get("/activity", response_class=HTMLResponse)
def activity_page(request: Request, user: Annotated[str, Query(max_length=200)] = "",
                  action: Annotated[str, Query(max_length=50)] = "",
                  event_id: Annotated[str, Query(max_length=500)] = "",
                  page: Annotated[int, Query(ge=1, le=MAX_OFFSET // PAGE)] = 1) -> Response:
    if (redirect := _reader_or_login(request)) is not None:
        return redirect
    if "\x00" in user + action + event_id:
        raise HTTPException(status_code=422, detail="A filter contains a NUL character.")
    reviews = request.app.state.reviews
    entries, total = reviews.activity(user or None, action or None, event_id or None, PAGE, (page - 1) * PAGE)
    qs = {k: v for k, v in (("user", user), ("action", action), ("event_id", event_id)) if v}
    return render(request, "activity.html", {
        "entries": entries, "total": total, "page": page, "pages": max(1, -(-total // PAGE)),
        "facets": reviews.activity_facets(), "q": qs,
        "page_link": lambda n: "/activity?" + urlencode({**qs, "page": n}),
    })


@router.get("/review/next")
def review_next(request: Request, after: Annotated[str, Query(max_length=500)] = "") -> Response:
    """Open the most pressing unreviewed event (the queue's order), or the queue when it is empty."""
    if (redirect := _reader_or_login(request)) is not None:
        return redirect
    nxt = request.app.state.reviews.next_in_queue(after or None)
    if nxt is None:
        return RedirectResponse("/?review_status=unreviewed&sort=priority", status_code=303)
    return RedirectResponse(f"/events/{quote(nxt, safe='')}?queue=1", status_code=303)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str, msg: str = "", error: str = "", queue: str = "") -> Response:
    if (redirect := _reader_or_login(request)) is not None:
        return redirect
    reviews = request.app.state.reviews
    ev = reviews.get(event_id)
    if ev is None:
        raise HTTPException(status_code=404, detail=f"No event {event_id}.")
    sources = []  # each report's document with its evidence highlighted (one per document)
    reports = reviews.reports(ev.record.event_id) or [ev.record]
    for report in reports:
        found = request.app.state.store.document(report.doc_id)
        if found is None:
            continue
        doc, entries = found
        window = evidence_window(doc.text, report.evidence, [(e.start, e.end) for e in entries])
        sources.append({"doc": doc, "report": report, "window": window,
                        "pieces": pieces(doc.text, report.evidence, window)})
    rec = ev.record.to_dict()
    return render(request, "event.html", {
        "ev": ev, "rec": rec, "sources": sources, "absorbed": reviews.merged_into_this(ev.record.event_id),
        "history": reviews.history(ev.record.event_id), "msg": msg, "error": error, "queue": bool(queue),
        "edit_fields": EDIT_FORM_FIELDS, "split_fields": SPLIT_FORM_FIELDS, "sub_types": SUB_EVENT_TYPES,
        "shown_fields": [f for f in rec if f not in ("evidence",)],
    })


@router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str) -> Response:
    if (redirect := _reader_or_login(request)) is not None:
        return redirect
    found = request.app.state.store.document(doc_id)
    if found is None:
        raise HTTPException(status_code=404, detail=f"No document {doc_id}.")
    doc, entries = found
    from sitroom.store import EventFilter
    events, _ = request.app.state.reviews.list_events(EventFilter(doc_id=doc_id, limit=500), None, with_total=False)
    all_evidence = [e for ev in events for e in ev.record.evidence]
    return render(request, "document.html", {
        "doc": doc, "entries": entries, "events": events, "pieces": pieces(doc.text, all_evidence),
    })


@router.post("/events/{event_id}/review")
async def review_post(request: Request, event_id: str) -> Response:
    form = await _checked_form(request)
    user = auth.current_user(request).name
    action, note = form.get("action", ""), form.get("note", "")
    reviews = request.app.state.reviews
    try:
        if action == "confirm":
            reviews.confirm(event_id, user, note)
        elif action == "reject":
            reviews.reject(event_id, user, note)
        elif action == "reopen":
            reviews.reopen(event_id, user, note)
        else:
            return _back(event_id, error="Unknown review action.")
    except SitroomError as exc:
        return _back(event_id, error=str(exc))
    if form.get("then") == "next":  # the review queue: on to the next unreviewed event
        return RedirectResponse("/review/next?" + urlencode({"after": event_id}), status_code=303)
    return _back(event_id, message={"confirm": "Confirmed.", "reject": "Rejected.",
                                    "reopen": "Back to unreviewed."}[action])


@router.post("/events/{event_id}/edit")
async def edit_post(request: Request, event_id: str) -> Response:
    form = await _checked_form(request)
    changes = {k: v for k, v in form.items() if k in EDIT_FORM_FIELDS}
    try:
        changes = complete_type_changes(changes)
        changed = request.app.state.reviews.edit(event_id, changes, auth.current_user(request).name,
                                                 form.get("note", ""))
    except SitroomError as exc:
        return _back(event_id, error=str(exc), queue=bool(form.get("queue")))
    return _back(event_id, message=("Saved: " + ", ".join(changed)) if changed else "Nothing changed.",
                 queue=bool(form.get("queue")))


@router.post("/events/{event_id}/merge")
async def merge_post(request: Request, event_id: str) -> Response:
    form = await _checked_form(request)
    try:
        request.app.state.reviews.merge(event_id, form.get("other", "").strip(),
                                        auth.current_user(request).name, form.get("note", ""))
    except SitroomError as exc:
        return _back(event_id, error=str(exc))
    return _back(event_id, message=f"Merged {form.get('other', '').strip()} into this event.")


@router.post("/events/{event_id}/split")
async def split_post(request: Request, event_id: str) -> Response:
    form = await _checked_form(request)
    changes = {k: v for k, v in form.items() if k in SPLIT_FORM_FIELDS and str(v).strip()}
    try:
        changes = complete_type_changes(changes)
        positions = [int(p) for p in form.get("evidence", [])] if form.get("evidence") else None
        new_id = request.app.state.reviews.split(event_id, changes, auth.current_user(request).name,
                                                 form.get("note", ""), positions)
    except ValueError:
        return _back(event_id, error="Bad evidence selection.")
    except SitroomError as exc:
        return _back(event_id, error=str(exc))
    return _back(new_id, message=f"Split off from {event_id}.")


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/", error: str = "") -> Response:
    return render(request, "login.html", {"next": _safe_next(next), "error": error})


def _safe_next(value: str) -> str:
    """Only same-site paths: no //host or scheme, so the login cannot redirect elsewhere."""
    return value if value.startswith("/") and not value.startswith("//") and "\\" not in value else "/"


@router.post("/login")
async def login_post(request: Request) -> Response:
    form = await request.form()
    nxt = _safe_next(str(form.get("next", "/")))
    if not auth.check_csrf(request, str(form.get(auth.CSRF_FIELD, ""))):
        raise HTTPException(status_code=403, detail="The form expired; reload the login page and retry.")
    users = request.app.state.users
    name, client = str(form.get("username", ""))[:200], request.client.host if request.client else ""
    wait = users.login_wait(name, client)
    if wait:
        # throttled: the password is not even checked, so guessing on gains nothing
        response = render(request, "login.html", {
            "next": nxt, "error": f"Too many wrong passwords; try again in {-(-wait // 60)} minute(s)."},
            status_code=429)
        response.headers["Retry-After"] = str(wait)
        return response
    user = users.authenticate(name, str(form.get("password", "")))
    if user is None:
        users.record_login_failure(name, client)
        return RedirectResponse("/login?" + urlencode({"next": nxt, "error": "Wrong name or password."}),
                                status_code=303)
    users.clear_login_failures(name)
    old = request.cookies.get(auth.SESSION_COOKIE)
    if old:
        request.app.state.users.end_session(old)
    response = RedirectResponse(nxt, status_code=303)
    auth.set_session_cookie(request, response, request.app.state.users.start_session(user.name))
    return response


@router.post("/logout")
async def logout_post(request: Request) -> Response:
    form = await request.form()
    if not auth.check_csrf(request, str(form.get(auth.CSRF_FIELD, ""))):
        raise HTTPException(status_code=403, detail="The form expired; reload and retry.")
    sid = request.cookies.get(auth.SESSION_COOKIE)
    if sid:
        request.app.state.users.end_session(sid)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(auth.SESSION_COOKIE)
    return response
