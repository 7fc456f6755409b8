// The WebAuthn ceremonies of the account pages: the only script of the portal. A form marked data-passkey="create"
// or "get" asks its page for the options (POST to data-options-url, with the form's antiforgery token), runs
// navigator.credentials.create or .get, and posts the credential in its hidden "Credential" field. Every other part
// of the pages works without it; the forms stay hidden where it does not run.
(() => {
  "use strict";

  const toBytes = (text) => {
    const base64 = text.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(text.length / 4) * 4, "=");
    return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  };
  const toText = (buffer) => {
    let binary = "";
    for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  };
  const withIds = (list) => (list || []).map((c) => ({ ...c, id: toBytes(c.id) }));

  const creationOptions = (json) => ({
    ...json,
    challenge: toBytes(json.challenge),
    user: { ...json.user, id: toBytes(json.user.id) },
    excludeCredentials: withIds(json.excludeCredentials),
  });
  const requestOptions = (json) => ({
    ...json,
    challenge: toBytes(json.challenge),
    allowCredentials: withIds(json.allowCredentials),
  });

  const credentialJson = (credential) => {
    const r = credential.response;
    const response = { clientDataJSON: toText(r.clientDataJSON) };
    if (r.attestationObject) {
      response.attestationObject = toText(r.attestationObject);
      if (r.getTransports) response.transports = r.getTransports();
    } else {
      response.authenticatorData = toText(r.authenticatorData);
      response.signature = toText(r.signature);
      if (r.userHandle) response.userHandle = toText(r.userHandle);
    }
    return JSON.stringify({
      id: credential.id,
      rawId: toText(credential.rawId),
      type: credential.type,
      response,
      clientExtensionResults: credential.getClientExtensionResults ? credential.getClientExtensionResults() : {},
    });
  };

  const optionsFor = async (form) => {
    const token = form.querySelector("input[name=__RequestVerificationToken]");
    const answer = await fetch(form.dataset.optionsUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { RequestVerificationToken: token ? token.value : "", Accept: "application/json" },
    });
    const body = await answer.json().catch(() => ({}));
    if (!answer.ok) throw new Error(body.title || form.dataset.failed);
    return body;
  };

  const show = (form, message) => {
    const error = form.querySelector(".passkey-error");
    error.textContent = message;
    error.hidden = false;
  };

  const run = async (form) => {
    const options = await optionsFor(form);
    const credential = form.dataset.passkey === "create"
      ? await navigator.credentials.create({ publicKey: creationOptions(options) })
      : await navigator.credentials.get({ publicKey: requestOptions(options) });
    if (!credential) throw new Error(form.dataset.failed);
    form.querySelector("input[name=Credential]").value = credentialJson(credential);
    form.submit();
  };

  for (const form of document.querySelectorAll("form[data-passkey]")) {
    if (!window.PublicKeyCredential || !navigator.credentials) continue;
    form.hidden = false;
    let busy = false;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (busy) return;
      busy = true;
      form.querySelector(".passkey-error").hidden = true;
      run(form).catch((error) => {
        busy = false;
        // The person closed the browser's dialog, or the authenticator said no: the page's own words, not the browser's.
        show(form, error instanceof DOMException ? form.dataset.failed : error.message || form.dataset.failed);
      });
    });
  }
})();
