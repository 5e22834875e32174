// ninjs takes URIs (RFC 3986: ASCII only); the model takes http(s) URLs as sites write them, which may hold
// Unicode (an IDN host, an accented path) or characters RFC 3986 leaves out. This gives the ASCII form.

// RFC 3986's characters: unreserved, reserved and percent escapes.
const URI_CHARACTERS = /^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]*$/;
const LONE_PERCENT = /%(?![0-9A-Fa-f]{2})/;
const OUTSIDE_URI = /[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]/g;

const percentEncode = (text: string): string =>
  text
    .replace(/%(?![0-9A-Fa-f]{2})/g, "%25")
    .replace(OUTSIDE_URI, (character) => encodeURIComponent(character));

/**
 * The value itself when it is already an RFC 3986 URI; otherwise its ASCII form: the host in punycode, every
 * other character outside RFC 3986 percent-encoded as UTF-8. A value that is no URL at all is given back as it
 * is (the model's http(s) URLs always parse).
 */
export function asciiUri(value: string): string {
  if (URI_CHARACTERS.test(value) && !LONE_PERCENT.test(value)) return value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return value;
  }
  const user =
    url.username === "" && url.password === ""
      ? ""
      : `${percentEncode(url.username)}${url.password === "" ? "" : `:${percentEncode(url.password)}`}@`;
  return `${url.protocol}//${user}${url.host}${percentEncode(`${url.pathname}${url.search}${url.hash}`)}`;
}
