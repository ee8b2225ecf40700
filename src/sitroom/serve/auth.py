"""Who is asking: Bearer tokens for the API, a session cookie for the dashboard, CSRF tokens.

The CSRF token of a form is an HMAC of the browser's session cookie (or, before login, of a
random per-browser cookie) under the server secret, so it is per session, needs no storage, and
changes on login. Requests authenticated by a Bearer token carry no ambient credentials and need
no CSRF token; cookie-authenticated API writes must send it in the X-CSRF-Token header.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

from fastapi import HTTPException, Request, Response

from sitroom.store.users import User, UserStore

SESSION_COOKIE = "sitroom_session"
BROWSER_COOKIE = "sitroom_browser"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


def users_of(request: Request) -> UserStore:
    return request.app.state.users


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return None


def current_user(request: Request) -> User | None:
    """The authenticated user (Bearer token first, then session cookie), cached per request."""
    if hasattr(request.state, "user"):
        return request.state.user
    user = None
    request.state.via_token = False
    token = bearer_token(request)
    if token is not None:
        user = users_of(request).user_for_token(token)
        if user is None:
            raise HTTPException(status_code=401, detail="invalid API token",
                                headers={"WWW-Authenticate": "Bearer"})
        request.state.via_token = True
    else:
        sid = request.cookies.get(SESSION_COOKIE)
        if sid:
            user = users_of(request).user_for_session(sid)
    request.state.user = user
    return user


def can_read(request: Request) -> bool:
    return request.app.state.settings.public_read or current_user(request) is not None


def require_reader(request: Request) -> User | None:
    """API dependency: reading is public unless SITROOM_PUBLIC_READ=0."""
    if not can_read(request):
        raise HTTPException(status_code=401, detail="login or an API token is required to read",
                            headers={"WWW-Authenticate": "Bearer"})
    return current_user(request)


def require_writer(request: Request) -> User:
    """API dependency for review actions: a user, and a CSRF header when the user came by cookie."""
    user = current_user(request)
    if user is None:
        raise HTTPException(status_code=401, detail="an authenticated user is required",
                            headers={"WWW-Authenticate": "Bearer"})
    if not request.state.via_token and not check_csrf(request, request.headers.get(CSRF_HEADER)):
        raise HTTPException(status_code=403, detail="missing or wrong CSRF token")
    return user


def _binding(request: Request) -> str:
    return request.cookies.get(SESSION_COOKIE) or request.cookies.get(BROWSER_COOKIE) or ""


def csrf_token(request: Request) -> str:
    """The token forms of this page must send back (empty binding = a fresh browser cookie is set
    by ensure_browser_cookie on this response)."""
    binding = _binding(request) or getattr(request.state, "new_browser_cookie", "")
    if not binding:
        binding = secrets.token_urlsafe(24)
        request.state.new_browser_cookie = binding
    secret = request.app.state.settings.secret.encode("utf-8")
    return hmac.new(secret, binding.encode("utf-8"), hashlib.sha256).hexdigest()


def check_csrf(request: Request, token: str | None) -> bool:
    binding = _binding(request)
    if not token or not binding:
        return False
    secret = request.app.state.settings.secret.encode("utf-8")
    expected = hmac.new(secret, binding.encode("utf-8"), hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, token)


def secure_cookies(request: Request) -> bool:
    """Cookies get the Secure flag when SITROOM_COOKIE_SECURE=1, or by themselves when the
    request came over HTTPS (directly, or through a proxy with `sitroom serve --proxy-headers`,
    which takes the scheme from X-Forwarded-Proto)."""
    return request.app.state.settings.cookie_secure or request.url.scheme == "https"


def ensure_browser_cookie(request: Request, response: Response) -> None:
    """Set the per-browser cookie the CSRF token of a just-rendered form was bound to."""
    value = getattr(request.state, "new_browser_cookie", "")
    if value and not request.cookies.get(SESSION_COOKIE):
        response.set_cookie(BROWSER_COOKIE, value, httponly=True, samesite="lax",
                            secure=secure_cookies(request))


def set_session_cookie(request: Request, response: Response, sid: str) -> None:
    response.set_cookie(SESSION_COOKIE, sid, httponly=True, samesite="lax", max_age=7 * 24 * 3600,
                        secure=secure_cookies(request))
