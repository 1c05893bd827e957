import { SIGN_IN_PATH } from '../../contract/auth.ts'

/**
 * The sign-in page: plain HTML from the server, no script, one stylesheet of its own (the only
 * asset served to strangers), so it works before and without the app.
 */
export const SIGN_IN_STYLES_PATH = '/auth/sign-in.css'
export const SSO_START_PATH = '/auth/sso'

export interface SignInPageOptions {
  sso: boolean
  passwords: boolean
  /** Where to go once signed in (already checked to be local). */
  returnTo: string
  /** The form's anti-forgery token (also in a cookie). */
  csrf: string
  error?: string
  /** The name typed before a failed attempt, kept so nothing typed is lost. */
  name?: string
}

export function renderSignInPage(options: SignInPageOptions): string {
  const ret = escapeHtml(options.returnTo)
  const sso = options.sso
    ? `<a class="button primary" href="${SSO_START_PATH}?return=${escapeHtml(encodeURIComponent(options.returnTo))}">Sign in with single sign-on</a>`
    : ''
  const divider = options.sso && options.passwords ? '<p class="divider"><span>or</span></p>' : ''
  const form = options.passwords
    ? `<form method="post" action="${SIGN_IN_PATH}">
  <input type="hidden" name="csrf" value="${escapeHtml(options.csrf)}">
  <input type="hidden" name="return" value="${ret}">
  <label for="name">Name</label>
  <input id="name" name="name" autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="64" value="${escapeHtml(options.name ?? '')}"${options.name ? '' : ' autofocus'}>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="1024"${options.name ? ' autofocus' : ''}>
  <button class="button ${options.sso ? 'secondary' : 'primary'}" type="submit">Sign in</button>
</form>`
    : ''
  const error = options.error
    ? `<p class="error" role="alert">${escapeHtml(options.error)}</p>`
    : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>Sign in · Anchor Sessions</title>
<link rel="stylesheet" href="${SIGN_IN_STYLES_PATH}">
</head>
<body>
<main>
<h1><span class="mark" aria-hidden="true"></span>Anchor Sessions</h1>
<p class="lead">Sign in to see your team’s browser sessions.</p>
${error}${sso}${divider}${form}
</main>
</body>
</html>
`
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** The page's own look, close to the app's (slate and indigo, light and dark). */
export const SIGN_IN_STYLES = `
*{box-sizing:border-box}
html{color-scheme:light dark;font-family:ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;-webkit-font-smoothing:antialiased}
body{margin:0;min-height:100dvh;display:grid;place-items:center;padding:24px 16px;background:#f8fafc;color:#0f172a}
main{width:100%;max-width:380px;background:#fff;border:1px solid #e2e8f0;border-radius:14px;padding:32px 28px;box-shadow:0 1px 3px rgb(15 23 42/.06),0 8px 24px rgb(15 23 42/.06)}
h1{display:flex;align-items:center;gap:10px;margin:0;font-size:1.25rem;letter-spacing:-.01em}
.mark{width:26px;height:26px;border-radius:7px;background:#4f46e5;box-shadow:inset 0 -8px 0 rgb(255 255 255/.18)}
.lead{margin:8px 0 24px;color:#475569;font-size:.9375rem}
form{display:grid;gap:6px}
label{font-size:.875rem;font-weight:500;margin-top:8px}
input{font:inherit;font-size:1rem;padding:9px 11px;border:1px solid #cbd5e1;border-radius:8px;background:#fff;color:inherit;width:100%}
input:focus{outline:2px solid #6366f1;outline-offset:1px;border-color:#6366f1}
.button{display:block;width:100%;text-align:center;font:inherit;font-weight:600;font-size:.9375rem;padding:10px 14px;border-radius:8px;border:1px solid transparent;cursor:pointer;text-decoration:none}
form .button{margin-top:16px}
.primary{background:#4f46e5;color:#fff}
.primary:hover{background:#4338ca}
.secondary{background:#fff;color:#0f172a;border-color:#cbd5e1}
.secondary:hover{background:#f1f5f9}
.button:focus-visible{outline:2px solid #6366f1;outline-offset:2px}
.divider{display:flex;align-items:center;gap:12px;margin:20px 0 8px;color:#64748b;font-size:.8125rem}
.divider::before,.divider::after{content:"";flex:1;border-top:1px solid #e2e8f0}
.error{margin:0 0 18px;padding:10px 12px;border-radius:8px;background:#fef2f2;color:#991b1b;border:1px solid #fecaca;font-size:.875rem}
@media (prefers-color-scheme:dark){
body{background:#020617;color:#f1f5f9}
main{background:#0f172a;border-color:#1e293b;box-shadow:none}
.lead{color:#94a3b8}
input{background:#020617;border-color:#334155}
.secondary{background:#0f172a;color:#f1f5f9;border-color:#334155}
.secondary:hover{background:#1e293b}
.divider{color:#94a3b8}
.divider::before,.divider::after{border-color:#1e293b}
.error{background:rgb(127 29 29/.3);color:#fecaca;border-color:rgb(248 113 113/.35)}
}
`
