import { secureHeaders } from 'hono/secure-headers'

/**
 * Response headers of the production server. The built app is one external module script and
 * one stylesheet (no inline script, no inline <style>; React sets `style` props through the
 * CSSOM, which CSP does not govern), so everything can be 'self'. The API is same-origin (the
 * proxy), hence connect-src 'self': the browser never reaches the provider directly.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  // The sign-in form and the header's sign-out button post to this server, nowhere else.
  formAction: ["'self'"],
  objectSrc: ["'none'"],
}

export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    // This server speaks plain HTTP; HSTS belongs to whatever terminates TLS in front of it.
    strictTransportSecurity: false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    // A response that set its own policy keeps it: the refusal page (refusal-page.ts) sets a
    // stricter one, allowing nothing but its inline style.
    overwrite: false,
  })
}
