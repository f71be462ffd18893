// Replay check: open an npswatch WACZ package in the real ReplayWeb.page client (headless Chromium)
// and check that every page of pages/pages.jsonl replays with status 200, that recorded redirects are
// followed to their 200 page, that product images load, that no request leaves loopback, and what
// wabac.js (ReplayWeb.page's engine) says about the package signature.
//
//   node check.mjs --wacz case.wacz --rwp DIR [--chromium /usr/bin/chromium] [--screenshot out.png]
//                  [--page-timeout MS] [--load-timeout MS] [--no-hash-pass] [--verbose [--verbose]]
//
// DIR is the unpacked replaywebpage npm tarball (its prebuilt sw.js and ui.js). Exit status 0 when
// every check passes; 1 with each failure named; 2 on a usage error. Nothing here downloads a browser.
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const args = parseArgs(process.argv.slice(2));
const WACZ = path.resolve(need("wacz"));
if (args.assets && !args.rwp) args.rwp = args.assets; // --assets: the same, by another name
const RWP = path.resolve(need("rwp"));
const CHROMIUM = args.chromium || "/usr/bin/chromium";
const SHOT = args.screenshot ? path.resolve(args.screenshot) : "";
const COLL = "replaycheck";
const PAGE_TIMEOUT = Number(args["page-timeout"] || 20000);
const LOAD_TIMEOUT = Number(args["load-timeout"] || 90000);
const VERBOSE = args.verbose || 0;
const started = Date.now();

function parseArgs(argv) {
  const out = {};
  const known = ["wacz", "rwp", "assets", "chromium", "screenshot", "page-timeout", "load-timeout"];
  const flags = ["verbose", "no-hash-pass"];
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i].replace(/^--/, "");
    if (flags.includes(k)) out[k] = (out[k] || 0) + 1;
    else if (known.includes(k) && argv[i].startsWith("--") && i + 1 < argv.length) out[k] = argv[++i];
    else die(`unknown or incomplete argument ${argv[i]}`);
  }
  return out;
}
function need(k) {
  if (!args[k]) die(`--${k} is required`);
  return args[k];
}
function die(msg) {
  console.error(`check.mjs: ${msg}\nusage: node check.mjs --wacz FILE.wacz --rwp UNPACKED_REPLAYWEBPAGE_DIR [--screenshot OUT.png] [--chromium PATH] [--page-timeout MS] [--verbose]`);
  process.exit(2);
}
const log = (...a) => console.log(...a);
const vlog = (...a) => VERBOSE && console.log("  ·", ...a);
const elapsed = () => ((Date.now() - started) / 1000).toFixed(1) + "s";
const rwpVersion = (() => {
  try {
    return JSON.parse(fs.readFileSync(path.join(RWP, "package.json"), "utf8")).version;
  } catch {
    return "?";
  }
})();

// ---------------------------------------------------------------- the package, read with unzip -p
const unz = (name) => execFileSync("unzip", ["-p", WACZ, name], { maxBuffer: 1 << 28 }).toString("utf8");
const pages = unz("pages/pages.jsonl")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l))
  .filter((p) => p.url); // the first line is the header
const cdx = unz("indexes/index.cdxj")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => {
    const i = l.indexOf(" ");
    const j = l.indexOf(" ", i + 1);
    return { ts: l.slice(i + 1, j), ...JSON.parse(l.slice(j + 1)) };
  });
const redirects = cdx.filter((c) => /^30[12378]$/.test(String(c.status)));
const images = cdx.filter((c) => c.mime === "image/png" && String(c.status) === "200");
const ok200 = new Set(cdx.filter((c) => String(c.status) === "200").map((c) => c.url));
let digest = {};
try {
  digest = JSON.parse(unz("datapackage-digest.json"));
} catch {}
log(`package ${WACZ}: ${pages.length} pages, ${cdx.length} CDXJ lines (${redirects.length} redirects, ${images.length} PNG images), ${digest.signedData ? "signed" : "unsigned"}`);
if (!pages.length) die("pages/pages.jsonl lists no page");

// The harness' own check of what wabac.js' record check was meant to do: each CDXJ line's
// recordDigest against the sha256 of the bytes at its offset and length in archive/<filename>.
function recordDigests() {
  const warcs = {};
  let ok = 0;
  const bad = [];
  const withDigest = cdx.filter((c) => c.recordDigest);
  for (const c of withDigest) {
    const name = "archive/" + c.filename;
    warcs[name] ??= execFileSync("unzip", ["-p", WACZ, name], { maxBuffer: 1 << 30 });
    const b = warcs[name].subarray(Number(c.offset), Number(c.offset) + Number(c.length));
    const h = "sha256:" + crypto.createHash("sha256").update(b).digest("hex");
    if (h === c.recordDigest) ok++;
    else bad.push(`${c.url} @${c.offset}+${c.length}`);
  }
  return { ok, total: withDigest.length, bad };
}

// "2026-12-05T16:10:00.325731Z" -> "20261205161000"
const ts14 = (iso) => (iso ? String(iso).replace(/[^0-9]/g, "").slice(0, 14) : "");

// ---------------------------------------------------------------- static server with Range support
const files = {
  "/case.wacz": [WACZ, "application/octet-stream"],
  "/replay/case.wacz": [WACZ, "application/octet-stream"],
  "/ui.js": [path.join(RWP, "ui.js"), "application/javascript"],
  "/replay/ui.js": [path.join(RWP, "ui.js"), "application/javascript"],
  "/replay/sw.js": [path.join(RWP, "sw.js"), "application/javascript"],
};
for (const [f] of Object.values(files)) if (!fs.existsSync(f)) die(`missing ${f}`);
const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
// The embed, as ReplayWeb.page's embedding guide has it: ui.js on the page, sw.js under replayBase
// (registered with scope /replay/). coll fixes the collection id so its API can be asked.
// With hc=1 the service worker (and ReplayWeb.page's web worker, which loads the package) get
// wabac.js' useHashCheck=1, which ReplayWeb.page itself never sets: only then does wabac.js hash
// datapackage.json, pages.jsonl and every record it reads against the package's digests.
const SW_HASHCHECK = "sw.js?useHashCheck=1&serveIndex=1&_=";
const indexHtml = (url, ts, hc) => `<!doctype html>
<html><head><meta charset="utf-8"><title>npswatch replay check</title>
<script src="/ui.js"></script>
<style>html,body{margin:0;height:100%;font-family:sans-serif}replay-web-page{display:block;height:100vh}</style>
</head><body>
<replay-web-page source="/case.wacz" coll="${COLL}" replayBase="/replay/" url="${esc(url)}" ts="${esc(ts)}"${hc ? ` swName="${SW_HASHCHECK}" noWebWorker` : ""}></replay-web-page>
</body></html>`;
const served = [];
const servedRanges = { count: 0 };
const server = http.createServer((req, res) => {
  const u = new URL(req.url, "http://127.0.0.1");
  served.push(`${req.method} ${u.pathname}${req.headers.range ? " " + req.headers.range : ""}`);
  const html = (s) => {
    const body = Buffer.from(s);
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length, "Cache-Control": "no-store" });
    res.end(req.method === "HEAD" ? undefined : body);
  };
  if (u.pathname === "/" || u.pathname === "/index.html") return html(indexHtml(u.searchParams.get("url") || pages[0].url, u.searchParams.get("ts") || "", u.searchParams.get("hc") === "1"));
  // Loaded once before the service worker controls the embed's frame (the embed then reloads it).
  if (u.pathname === "/replay/" || u.pathname === "/replay/index.html")
    return html(`<!doctype html><html><head><script src="/replay/ui.js"></script></head><body><replay-app-main></replay-app-main></body></html>`);
  const f = files[u.pathname];
  if (!f) {
    res.writeHead(404, { "Content-Type": "text/plain", "Cache-Control": "no-store" });
    return res.end("not found\n");
  }
  const [file, type] = f;
  const size = fs.statSync(file).size;
  const headers = { "Content-Type": type, "Accept-Ranges": "bytes", "Cache-Control": "no-store" };
  if (u.pathname === "/replay/sw.js") headers["Service-Worker-Allowed"] = "/replay/";
  if (/\.wacz$/.test(u.pathname)) servedRanges.count += req.headers.range ? 1 : 0;
  const range = req.headers.range && /^bytes=(\d*)-(\d*)$/.exec(req.headers.range.trim());
  if (req.headers.range && (!range || (range[1] === "" && range[2] === ""))) {
    res.writeHead(416, { ...headers, "Content-Range": `bytes */${size}` });
    return res.end();
  }
  if (range) {
    let start, end;
    if (range[1] === "") {
      start = Math.max(0, size - Number(range[2]));
      end = size - 1;
    } else {
      start = Number(range[1]);
      end = range[2] === "" ? size - 1 : Math.min(Number(range[2]), size - 1);
    }
    if (start >= size || start > end) {
      res.writeHead(416, { ...headers, "Content-Range": `bytes */${size}` });
      return res.end();
    }
    res.writeHead(206, { ...headers, "Content-Range": `bytes ${start}-${end}/${size}`, "Content-Length": end - start + 1 });
    if (req.method === "HEAD") return res.end();
    return fs.createReadStream(file, { start, end }).pipe(res);
  }
  res.writeHead(200, { ...headers, "Content-Length": size });
  if (req.method === "HEAD") return res.end();
  fs.createReadStream(file).pipe(res);
});

// Chromium is told to send everything that is not loopback through this "proxy": whatever reaches
// it tried to leave the machine. It records the request and answers 502; it forwards nothing.
const proxied = [];
const proxy = http.createServer((req, res) => {
  proxied.push(`${req.method} ${req.url}`);
  res.writeHead(502);
  res.end();
});
proxy.on("connect", (req, sock) => {
  proxied.push(`CONNECT ${req.url}`);
  sock.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
});
const listen = (srv) => new Promise((ok) => srv.listen(0, "127.0.0.1", () => ok(srv.address().port)));
const port = await listen(server);
const proxyPort = await listen(proxy);
const origin = `http://127.0.0.1:${port}`;
log(`serving ${origin}/ (case.wacz; sw.js and ui.js of replaywebpage ${rwpVersion}); off-loopback trap on :${proxyPort}`);

// ---------------------------------------------------------------- browser
const failures = [];
const fail = (msg) => {
  failures.push(msg);
  log(`  FAIL ${msg}`);
};
const isLoopback = (u) => {
  try {
    const x = new URL(u);
    if (!/^(https?|wss?|ftp):$/.test(x.protocol)) return true; // data:, blob:, about:, chrome-extension: …
    return x.hostname === "127.0.0.1" || x.hostname === "localhost" || x.hostname === "[::1]";
  } catch {
    return true;
  }
};
const sameUrl = (a, b) => {
  try {
    return a === b || decodeURIComponent(a) === decodeURIComponent(b) || new URL(a).href === new URL(b).href;
  } catch {
    return false;
  }
};
const NOT_FOUND = /Archived Page Not Found/i;
// Ids of wabac.js verification records that are information, not checks (getVerifyInfo in sw.js).
const INFO_IDS = ["domain", "created", "certFingerprint", "software", "datapackageHash", "publicKey"];
// Navigations of replayed documents: /replay/w/<coll>/[:<wacz id>/]<ts>mp_/<url>
const replayRe = new RegExp(`/replay/w/${COLL}/(?::[0-9a-f]+/)?(\\d*)mp_/(.*)$`);

const requests = []; // every request any page, frame, worker or the service worker made (both passes)
const consoleLines = [];

async function openBrowser() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "replay-check-profile-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    serviceWorkers: "allow",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-domain-reliability",
      // Debian's /usr/bin/chromium wrapper adds Google API keys and --enable-remote-extensions, and
      // with them the browser itself calls accounts.google.com, update.googleapis.com and
      // content-autofill.googleapis.com despite the flags above. Point those services at a closed
      // loopback port (nothing listens on port 9); the trap below would catch any other.
      "--gaia-url=http://127.0.0.1:9/",
      "--google-apis-url=http://127.0.0.1:9/",
      "--lso-url=http://127.0.0.1:9/",
      "--apps-gallery-update-url=http://127.0.0.1:9/",
      "--component-updater=url-source=http://127.0.0.1:9/",
      "--autofill-server-url=http://127.0.0.1:9/",
      // loopback bypasses a proxy implicitly; every other destination goes to the trap
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
    ],
  });
  context.on("request", (r) => {
    const sw = r.serviceWorker ? r.serviceWorker() : null;
    requests.push({ url: r.url(), from: sw ? "service worker" : "page", method: r.method(), type: r.resourceType() });
  });
  const watch = (p) => {
    p.on("console", (m) => {
      const loc = m.location && m.location().url;
      consoleLines.push(`[${m.type()}] ${m.text()}${m.type() === "error" && loc ? ` (at ${loc})` : ""}`);
    });
    p.on("pageerror", (e) => consoleLines.push(`[pageerror] ${e.message}`));
    p.on("worker", (w) => w.on("console", (m) => consoleLines.push(`[worker ${m.type()}] ${m.text()}`)));
  };
  context.on("page", watch);
  context.on("serviceworker", (w) => vlog(`service worker ${w.url()}`));
  const page = context.pages()[0] || (await context.newPage());
  watch(page);
  const navs = [];
  page.on("response", (resp) => {
    const req = resp.request();
    const m = replayRe.exec(resp.url());
    if (m && req.isNavigationRequest()) {
      navs.push({ url: m[2], ts: m[1], status: resp.status(), frame: req.frame(), location: resp.headers()["location"] || "" });
      if (VERBOSE > 1) vlog(`nav ${resp.status()} ${m[1]} ${m[2]}${resp.headers()["location"] ? " -> " + resp.headers()["location"] : ""}`);
    } else if (VERBOSE > 2) vlog(`resp ${resp.status()} ${resp.url().slice(0, 160)}`);
  });

  // Wait until the replay frame has a non-redirect answer after navs[from] and has loaded.
  async function waitReplay(from, timeout) {
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      const mine = navs.slice(from);
      const last = mine[mine.length - 1];
      if (last && !(last.status >= 300 && last.status < 400)) {
        try {
          await last.frame.waitForLoadState("load", { timeout: Math.max(1000, deadline - Date.now()) });
        } catch {}
        await page.waitForTimeout(150); // a client-side redirect may still follow
        if (navs.length === from + mine.length) return { chain: mine, final: last };
        continue;
      }
      await page.waitForTimeout(50);
    }
    return { chain: navs.slice(from), final: null };
  }
  return {
    page,
    async open(url, ts, hc) {
      await page.goto(`${origin}/index.html?url=${encodeURIComponent(url)}&ts=${ts}${hc ? "&hc=1" : ""}`, { waitUntil: "load" });
      return waitReplay(0, LOAD_TIMEOUT);
    },
    // Point the embed at url (and ts), as a page embedding ReplayWeb.page would.
    async replay(url, ts) {
      const from = navs.length;
      await page.evaluate(
        ({ url, ts }) => {
          const e = document.querySelector("replay-web-page");
          e.setAttribute("ts", ts);
          e.setAttribute("url", url);
        },
        { url, ts },
      );
      return waitReplay(from, PAGE_TIMEOUT);
    },
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function frameFacts(frame) {
  try {
    // images load from the service worker after the document: give them a moment
    await frame.waitForFunction(() => [...document.images].every((i) => i.complete), null, { timeout: 3000 }).catch(() => {});
    return await frame.evaluate(() => ({
      title: document.title,
      text: (document.body ? document.body.innerText : "").slice(0, 600),
      imgs: [...document.images].map((i) => ({ src: i.currentSrc || i.src, ok: i.complete && i.naturalWidth > 0 })),
    }));
  } catch (e) {
    return { title: "", text: "", imgs: [], error: String(e).split("\n")[0] };
  }
}

// Ask wabac.js what it verified: its collection API (as the Archive Info panel does) and the raw
// records of the collection's IndexedDB store "verification" (which hold true/false per check).
async function readVerification(page) {
  const appFrame = page.frames().find((fr) => fr.url().startsWith(`${origin}/replay/`) && !replayRe.test(fr.url()));
  if (!appFrame) return { error: "could not find the ReplayWeb.page app frame" };
  return appFrame.evaluate(async (coll) => {
    const api = await (await fetch(`./w/api/c/${coll}?all=1`)).json();
    const raw = await new Promise((ok) => {
      const rq = indexedDB.open(`db:${coll}`);
      rq.onerror = () => ok({ error: String(rq.error) });
      rq.onsuccess = () => {
        const db = rq.result;
        if (!db.objectStoreNames.contains("verification")) return ok({ error: "no verification store in db:" + coll });
        const g = db.transaction("verification").objectStore("verification").getAll();
        g.onsuccess = () => ok(g.result);
        g.onerror = () => ok({ error: String(g.error) });
      };
    });
    return { verify: api.verify || null, raw };
  }, COLL);
}

const rd = recordDigests();
const R = { rd: `${rd.ok}/${rd.total} CDXJ lines' recordDigest match their bytes`, replayed: 0, redirOk: 0, imagesOk: 0, imagesBad: 0, pagesWithImg: 0, sig: "not read", panel: "", hc: null, external: "?", leaks: "?" };
let shotPage = null;
let b = null;
log(`recordDigest (harness): ${R.rd}`);
for (const x of rd.bad) fail(`recordDigest of ${x} does not match the record's bytes`);

try {
  // ================================================================ pass 1: ReplayWeb.page as shipped
  b = await openBrowser();
  log(`[${elapsed()}] pass 1, ReplayWeb.page as shipped: loading the package in <replay-web-page> (headless ${CHROMIUM}) …`);
  const first = await b.open(pages[0].url, ts14(pages[0].ts), false);
  if (!first.final) throw new Error(`the package did not load in ReplayWeb.page within ${LOAD_TIMEOUT / 1000} s (first page ${pages[0].url})`);
  log(`[${elapsed()}] package loaded by wabac.js; first page answered ${first.final.status}`);

  // ---------------------------------------------------------------- every page of pages.jsonl
  for (const p of pages) {
    const ts = ts14(p.ts);
    const r = p === pages[0] ? first : await b.replay(p.url, ts);
    const f = r.final;
    const facts = f ? await frameFacts(f.frame) : { imgs: [], text: "", title: "" };
    const notFound = NOT_FOUND.test(facts.text) || NOT_FOUND.test(facts.title);
    const good = !!f && f.status === 200 && !notFound && sameUrl(f.url, p.url) && !facts.error;
    const pngs = facts.imgs.filter((i) => /\.png(\?|#|$)/i.test(i.src));
    const pngOk = pngs.filter((i) => i.ok).length;
    R.imagesOk += pngOk;
    R.imagesBad += pngs.length - pngOk;
    if (pngOk) R.pagesWithImg++;
    for (const i of pngs.filter((i) => !i.ok)) fail(`image ${i.src} in replayed page ${p.url} did not load`);
    if (good) R.replayed++;
    else
      fail(
        `page ${p.url} (ts ${ts}): ` +
          (f
            ? `status ${f.status}${notFound ? ', "Archived Page Not Found"' : ""}${sameUrl(f.url, p.url) ? "" : ", ended at " + f.url}${facts.error ? ", " + facts.error : ""}`
            : `no replay within ${PAGE_TIMEOUT / 1000} s`),
      );
    vlog(`${good ? "ok " : "BAD"} ${f ? f.status : "-"} ${p.url}  png ${pngOk}/${pngs.length}  "${facts.title}"`);
    if (good && pngOk && !shotPage) shotPage = { url: p.url, ts, title: facts.title, pngOk };
  }
  log(`[${elapsed()}] pages: ${R.replayed}/${pages.length} replayed with status 200`);

  // ---------------------------------------------------------------- recorded redirects
  for (const c of redirects) {
    const r = await b.replay(c.url, c.ts);
    const chain = r.chain.map((n) => `${n.status} ${n.url}`).join(" -> ");
    const f = r.final;
    const facts = f ? await frameFacts(f.frame) : { text: "", title: "" };
    const notFound = NOT_FOUND.test(facts.text) || NOT_FOUND.test(facts.title);
    const hop = r.chain.some((n) => sameUrl(n.url, c.url) && n.status === Number(c.status));
    if (f && f.status === 200 && !notFound && !sameUrl(f.url, c.url) && ok200.has(f.url) && hop) {
      R.redirOk++;
      vlog(`redirect ok: ${chain}`);
      if (!R.redirExample) R.redirExample = chain;
    } else {
      fail(`redirect ${c.url} (recorded ${c.status}, ts ${c.ts}) was not followed to an archived 200 page: ${chain || "no replay"}${notFound ? ' ("Archived Page Not Found")' : ""}`);
    }
  }
  log(`[${elapsed()}] redirects: ${R.redirOk}/${redirects.length} recorded redirects replayed as their ${[...new Set(redirects.map((c) => c.status))].join("/")} and followed to the archived 200 page`);
  if (R.redirExample) log(`  e.g. ${R.redirExample}  (the first 302 is wabac.js' own hop to the package's :<id> path)`);

  // ---------------------------------------------------------------- images
  log(`[${elapsed()}] images: ${R.imagesOk} PNG images shown in ${R.pagesWithImg} replayed pages (${R.imagesBad} broken; ${images.length} PNG records in the CDXJ)`);
  if (images.length === 0) fail("the package has no product image (no image/png record in the CDXJ): page requisites were not captured");
  else if (R.imagesOk === 0) fail(`no product image (image/png in the CDXJ: ${images.length}) was shown in any replayed page`);

  // ---------------------------------------------------------------- signature, as the shipped client sees it
  // wabac.js checks datapackage-digest.json when it loads a WACZ (WACZLoader.loadDigestData): when
  // signedData.hash equals the digest's hash it verifies signedData.signature (ECDSA P-384/SHA-256)
  // over the text of signedData.hash with signedData.publicKey, and stores {id:"signature",
  // expected:true, matched:<result>}. Its collection API returns "verify" from these records, which
  // the Archive Info panel shows as "N hashes verified, M invalid" and "Observer Public Key"; note that
  // getVerifyInfo counts the signature record as verified whatever its result, so only the raw
  // record tells a failed signature.
  const v1 = await readVerification(b.page);
  const vi = (v1 && v1.verify) || {};
  const raw1 = Array.isArray(v1.raw) ? v1.raw : [];
  log(`[${elapsed()}] wabac.js collection API /replay/w/api/c/${COLL}?all=1 -> verify: ${JSON.stringify(vi)}`);
  if (v1.error || !Array.isArray(v1.raw)) fail(`could not read wabac.js verification: ${v1.error || JSON.stringify(v1.raw)}`);
  for (const r of raw1) vlog(`verification record ${r.id}: expected ${JSON.stringify(r.expected)}, matched ${JSON.stringify(r.matched)}`);
  R.panel = `"${vi.numValid ?? 0} hashes verified${vi.numInvalid ? `, ${vi.numInvalid} invalid` : ""}", Observer Public Key ${vi.publicKey ? "shown" : "Not Available"}`;
  const sig = raw1.find((r) => r.id === "signature");
  const expectedPub = digest.signedData && digest.signedData.publicKey;
  if (!sig) {
    R.sig = digest.signedData ? "NOT CHECKED by wabac.js (no signature record)" : "unsigned package";
    if (digest.signedData) fail("the package is signed but wabac.js stored no signature check (it skips a signature whose hash differs from the digest's, and drops one it cannot verify with a console warning)");
  } else if (sig.matched === true) {
    R.sig = `signature matched (ECDSA P-384 key ${String(vi.publicKey || "").slice(0, 16)}…, over ${vi.datapackageHash || "?"})`;
  } else {
    R.sig = "DOES NOT MATCH (wabac.js signature record: matched false)";
    fail(`wabac.js: the signature does not match (${JSON.stringify(sig)})`);
  }
  if (expectedPub && vi.publicKey !== expectedPub) fail(`wabac.js reports public key ${vi.publicKey}, the package names ${expectedPub}`);
  log(`  signature record: ${JSON.stringify(sig || null)}`);
  log(`  Archive Info panel would show: ${R.panel}`);
  const unchecked = raw1.filter((r) => !INFO_IDS.includes(r.id) && r.id !== "signature" && r.matched === false);
  if (unchecked.length)
    log(
      `  (not failures: ReplayWeb.page registers wabac.js without useHashCheck=1, so file hashes are not computed and ` +
        `${unchecked.map((r) => r.id).join(", ")} stay{s} "matched": false, counted as invalid)`.replace("stay{s}", unchecked.length > 1 ? "stay" : "stays"),
    );

  // ---------------------------------------------------------------- screenshot one page with listings
  if (SHOT) {
    const target = shotPage || pages.find((p) => /product|list|catalog/i.test(p.url)) || pages[0];
    const r = await b.replay(target.url, /^\d{14}$/.test(target.ts) ? target.ts : ts14(target.ts));
    if (r.final) await frameFacts(r.final.frame);
    await b.page.waitForTimeout(500);
    fs.mkdirSync(path.dirname(SHOT), { recursive: true });
    await b.page.screenshot({ path: SHOT });
    log(`[${elapsed()}] screenshot of ${target.url} ("${target.title || ""}", ${target.pngOk || 0} product photos) -> ${SHOT}`);
  }
  await b.close();
  b = null;

  // ================================================================ pass 2: wabac.js with useHashCheck=1
  if (!args["no-hash-pass"]) {
    b = await openBrowser();
    log(`[${elapsed()}] pass 2, wabac.js with useHashCheck=1: hashes of datapackage.json, pages.jsonl and every record read …`);
    const f2 = await b.open(pages[0].url, ts14(pages[0].ts), true);
    if (!f2.final) throw new Error(`with useHashCheck=1 the package did not load within ${LOAD_TIMEOUT / 1000} s`);
    let n2 = 1;
    for (const p of pages.slice(1)) {
      const r = await b.replay(p.url, ts14(p.ts));
      if (r.final && r.final.status === 200) {
        n2++;
        await frameFacts(r.final.frame); // let its images load (and be hashed)
      }
    }
    for (const c of redirects) await b.replay(c.url, c.ts);
    await b.page.waitForTimeout(500);
    const v2 = await readVerification(b.page);
    const raw2 = Array.isArray(v2.raw) ? v2.raw : [];
    if (v2.error || !Array.isArray(v2.raw)) fail(`could not read wabac.js verification (useHashCheck=1): ${v2.error || JSON.stringify(v2.raw)}`);
    const checks = raw2.filter((r) => !INFO_IDS.includes(r.id) && r.id !== "signature");
    const isRec = (r) => /^.+?:\d+-\d+(sha256:|$)/.test(r.id);
    const fileChecks = checks.filter((r) => !isRec(r));
    const recs = checks.filter(isRec);
    const sig2 = raw2.find((r) => r.id === "signature");
    R.hc = {
      pages: n2,
      files: fileChecks.map((r) => `${r.id.replace(/^default(?!\/)/, "")} ${r.matched === true ? "hash ok" : "HASH MISMATCH"}`),
      records: recs.length,
      recordsTrue: recs.filter((r) => r.matched === true).length,
      sig: sig2 ? sig2.matched : null,
    };
    log(`[${elapsed()}] ${n2}/${pages.length} pages replayed 200 again; wabac.js verify: ${JSON.stringify(v2.verify)}`);
    log(`  file hash checks: ${R.hc.files.join(", ") || "none"}; signature matched: ${JSON.stringify(R.hc.sig)}`);
    for (const r of fileChecks.filter((r) => r.matched !== true)) fail(`wabac.js (useHashCheck=1): ${r.id} does not match its digest ${r.expected}`);
    if (!fileChecks.some((r) => /datapackage\.json$/.test(r.id))) fail("wabac.js (useHashCheck=1) did not check datapackage.json against datapackage-digest.json");
    if (sig2 && sig2.matched !== true) fail("wabac.js (useHashCheck=1): the signature does not match");
    // Record checks: wabac.js reads each record by range, hashes it and calls
    //   this.db.addVerifyData(`${path}:${start}-${length}`, this.expectedHash, computedHash)
    // against addVerifyData(prefix, id, expected, actual = null): the record's recordDigest lands in
    // the id, and with no "actual" it is stored as matched:false whatever the bytes are. So every
    // record read counts as "invalid" in any package; these records are reported, not judged.
    log(`  record checks: ${recs.length} records read by range and stored by wabac.js, ${R.hc.recordsTrue} with matched:true` +
        (recs.length ? ` (e.g. ${JSON.stringify(recs[0])}: wabac.js calls addVerifyData(range, recordDigest, hash) without the "actual" argument, so a record check is never true)` : ""));
    if (n2 !== pages.length) fail(`with useHashCheck=1 only ${n2}/${pages.length} pages replayed 200`);
    await b.close();
    b = null;
  }
} catch (e) {
  fail(e.message && /did not load/.test(e.message) ? e.message : `harness error: ${e.stack || e}`);
} finally {
  if (b) await b.close();
  // ---------------------------------------------------------------- requests that left loopback
  const external = requests.filter((r) => !isLoopback(r.url));
  // Loopback, but not this server: replay escaping to the live (archived) site.
  const leaks = requests.filter((r) => isLoopback(r.url) && /^https?:/.test(r.url) && !r.url.startsWith(origin + "/"));
  const bySource = requests.reduce((m, r) => ((m[r.from] = (m[r.from] || 0) + 1), m), {});
  log(
    `[${elapsed()}] requests recorded: ${requests.length} (${Object.entries(bySource).map(([k, v]) => `${v} from the ${k}`).join(", ")}); ` +
      `${served.length} reached the local server (${servedRanges.count} range reads of case.wacz); ${proxied.length} reached the off-loopback trap`,
  );
  for (const r of external) fail(`external request from the ${r.from}: ${r.method} ${r.url}`);
  for (const p of proxied) fail(`the browser tried to leave loopback (caught by the trap): ${p}`);
  for (const r of leaks) fail(`live request escaped replay to an archived origin: ${r.from} ${r.method} ${r.url}`);
  R.external = external.length + proxied.length;
  R.leaks = leaks.length;

  // What the client complained about: 404s grouped by what was missing, then everything else.
  const missing = {};
  for (const l of consoleLines) {
    const m = /status of 404.*\(at (.*)\)$/.exec(l);
    if (!m) continue;
    const u = m[1].replace(/^.*?(mp|oe|im|js|cs)_\//, "");
    const kind = /favicon\.ico$/.test(u) ? "favicon.ico (not captured)" : /\.css(\?|$)/.test(u) ? "style sheets (not captured)" : /\/w\/api\//.test(u) ? "collection API before the package loaded" : u;
    missing[kind] = (missing[kind] || 0) + 1;
  }
  const other = [...new Set(consoleLines.filter((l) => !/status of 404/.test(l)))];
  log(`browser console: ${consoleLines.length} lines; 404s: ${Object.entries(missing).map(([k, v]) => `${v}x ${k}`).join(", ") || "none"}`);
  for (const l of other.filter((l) => /warn|error|fail|invalid|mismatch|digest|hash|verif|signature|exception/i.test(l)).slice(0, 20)) log(`  ${l.slice(0, 300)}`);
  if (VERBOSE > 1) for (const l of consoleLines) log(`  console ${l.slice(0, 300)}`);

  server.close();
  proxy.close();

  log("");
  log(`replay check summary (ReplayWeb.page ${rwpVersion} / wabac.js, headless Chromium, ${elapsed()})`);
  log(`  pages replayed 200:     ${R.replayed}/${pages.length}`);
  log(`  redirects followed:     ${R.redirOk}/${redirects.length}`);
  log(`  images loaded:          ${R.imagesOk} PNG in ${R.pagesWithImg} pages, ${R.imagesBad} broken`);
  log(`  signature (wabac.js):   ${R.sig}`);
  log(`  Archive Info panel:     ${R.panel || "not read"}`);
  if (R.hc) log(`  useHashCheck=1:         ${R.hc.files.join(", ")}; ${R.hc.records} record checks stored, ${R.hc.recordsTrue} true (wabac.js never marks one true)`);
  log(`  recordDigest (harness): ${R.rd}`);
  log(`  external requests:      ${R.external}  (live requests to archived origins: ${R.leaks})`);
  if (failures.length) {
    log(`FAILED: ${failures.length} check(s):`);
    for (const f of failures) log(`  - ${f}`);
    process.exit(1);
  }
  log("PASS: every check held");
  process.exit(0);
}
