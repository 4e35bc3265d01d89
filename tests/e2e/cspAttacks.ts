/** Attacks on the page's Content-Security-Policy, shared by the browser and the Electron specs. */
export interface CspOutcome {
  inlineRan: boolean;
  evalBlocked: boolean;
  functionBlocked: boolean;
  handlerRan: boolean;
  violated: string[];
}

// Runs inside the page. A string, because these tests are type-checked without the DOM library.
export const CSP_ATTACKS = `(async () => {
  const violated = new Set();
  document.addEventListener('securitypolicyviolation', (e) => violated.add(e.effectiveDirective));
  const script = document.createElement('script');
  script.textContent = 'window.__inlineRan = true';
  document.head.append(script);
  // Out of the DevTools evaluation first: code it runs directly may use eval whatever the CSP says.
  await new Promise((r) => setTimeout(r, 0));
  let evalBlocked = false;
  try { eval('1'); } catch { evalBlocked = true; }
  let functionBlocked = false;
  try { new Function('return 1')(); } catch { functionBlocked = true; }
  const div = document.createElement('div');
  div.innerHTML = '<img src="x" onerror="window.__handlerRan = true">';
  document.body.append(div);
  const img = new Image();
  img.src = 'https://example.com/tracker.png';
  await fetch('https://example.com/exfiltrate').catch(() => undefined);
  const frame = document.createElement('iframe');
  frame.src = 'https://example.com/';
  document.body.append(frame);
  // The fetch, image and frame are refused asynchronously: wait for their reports (a loaded
  // machine may take seconds), not for a fixed time; a policy that lets one through times out.
  const late = ['connect-src', 'frame-src', 'img-src'];
  for (let waited = 0; waited < 15000 && !late.every((d) => violated.has(d)); waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
  }
  return { inlineRan: window.__inlineRan === true, evalBlocked, functionBlocked,
    handlerRan: window.__handlerRan === true, violated: [...violated].sort() };
})()`;

/** What a strict policy leaves of them. */
export const CSP_BLOCKED: CspOutcome = {
  inlineRan: false,
  evalBlocked: true,
  functionBlocked: true,
  handlerRan: false,
  // Each blocked and reported: the fetch, the frame, the remote image, eval and new Function,
  // the inline event handler, the injected inline script.
  violated: ['connect-src', 'frame-src', 'img-src', 'script-src', 'script-src-attr', 'script-src-elem'],
};
