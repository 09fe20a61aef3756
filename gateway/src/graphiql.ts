import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import type { Express, NextFunction, Request, Response } from "express";

const require = createRequire(import.meta.url);
const graphiqlDir = path.dirname(require.resolve("graphiql/package.json"));
const reactDir = path.dirname(require.resolve("react/package.json"));
const reactDomDir = path.dirname(require.resolve("react-dom/package.json"));
const graphqlWsDir = path.dirname(require.resolve("graphql-ws/package.json"));

/** The page's own style: the only inline CSS, allowed by its hash. */
const INLINE_STYLE = "body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }";

/** The page's own script: the only inline script, allowed by its hash. */
const INLINE_SCRIPT = `
      // Remembers the token of the last login/signUp/switchWorkspace for this tab and sends it until the
      // Headers tab sets its own Authorization; a refused token is forgotten, so logging in again works.
      // Subscriptions go over graphql-ws on the same /graphql path, authenticated with the same token in
      // connection_init; a new token reconnects the socket.
      const KEY = "plateau.accessToken";
      let socketAuthorization = null;
      const wsClient = graphqlWs.createClient({
        url: new URL("/graphql", location.href).toString().replace(/^http/, "ws"),
        connectionParams: () => (socketAuthorization ? { authorization: socketAuthorization } : {}),
      });
      const base = GraphiQL.createFetcher({ url: new URL("/graphql", location.href).toString(), enableIncrementalDelivery: false, wsClient });
      const fetcher = (params, options = {}) => {
        const headers = { ...(options.headers || {}) };
        const token = sessionStorage.getItem(KEY);
        const explicit = Object.keys(headers).find((name) => name.toLowerCase() === "authorization");
        if (token && !explicit) headers.Authorization = "Bearer " + token;
        const authorization = headers[explicit || "Authorization"] || null;
        if (authorization !== socketAuthorization) {
          socketAuthorization = authorization;
          wsClient.terminate();
        }
        const answer = base(params, { ...options, headers });
        // A subscription answers with a stream: hand it to GraphiQL as it is.
        return answer && typeof answer.then === "function" ? remember(answer, explicit) : answer;
      };
      const remember = async (answer, explicit) => {
        const result = await answer;
        const data = result && result.data;
        const auth = data && (data.login || data.signUp || data.switchWorkspace);
        if (auth && auth.accessToken) sessionStorage.setItem(KEY, auth.accessToken);
        const refused = result && result.errors && result.errors.some((e) => e.extensions && e.extensions.code === "UNAUTHENTICATED");
        if (refused && !explicit) sessionStorage.removeItem(KEY);
        return result;
      };
      const root = ReactDOM.createRoot(document.getElementById("graphiql"));
      root.render(React.createElement(GraphiQL, {
        fetcher,
        defaultEditorToolsVisibility: true,
        defaultQuery: [
          "# Welcome to Plateau.",
          "# Demo users: owner@, admin@, manager@, member@ and",
          "# viewer@demo.plateau.dev, password plateau-demo.",
          "#",
          "# 1. Run Login: the run button asks which operation.",
          "#    This tab keeps its token and sends it for you.",
          "# 2. Run Portfolio: one query, six services.",
          "# 3. Run Board (a subscription), then move a card from",
          "#    another tab or client: the moves arrive here live.",
          "",
          "mutation Login {",
          "  login(input: {",
          '    email: "manager@demo.plateau.dev"',
          '    password: "plateau-demo"',
          "  }) { accessToken role }",
          "}",
          "",
          "query Portfolio {",
          "  projects(first: 10) {",
          "    nodes {",
          "      id name progress health",
          "      owner { name email }",
          "      workPackages { name status riskLevel }",
          "      risks { rule severity detail }",
          "      effort { totalHours }",
          "      tasks(first: 5) {",
          "        nodes {",
          "          title status timeLogged",
          "          assignee { name }",
          "        }",
          "      }",
          "    }",
          "  }",
          "}",
          "",
          "subscription Board {",
          '  boardChanged(projectId: "<a project id from Portfolio>") {',
          "    kind cursor occurredAt fromStatus",
          "    position { status rank }",
          "    task { title status assignee { name } timeLogged }",
          "    actor { name }",
          "  }",
          "}",
          "",
        ].join("\\n"),
      }));
    `;

/** The GraphiQL page: every asset comes from this server, so it works without internet access. */
export const GRAPHIQL_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Plateau GraphiQL</title>
    <link rel="stylesheet" href="/graphiql/assets/graphiql.min.css" />
    <style>${INLINE_STYLE}</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="/graphiql/assets/react.production.min.js"></script>
    <script src="/graphiql/assets/react-dom.production.min.js"></script>
    <script src="/graphiql/assets/graphiql.min.js"></script>
    <script src="/graphiql/assets/graphql-ws.min.js"></script>
    <script>${INLINE_SCRIPT}</script>
  </body>
</html>`;

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The page's Content-Security-Policy: scripts and styles only from this server plus the two inline
 * blocks above by hash (no `unsafe-inline`, no `eval`); fetches and the graphql-ws socket only to
 * this origin (CSP 3 `'self'` covers ws:/wss: on the same host and port); images and fonts from here
 * or the `data:` URLs GraphiQL's stylesheet embeds; nothing may frame it, and it may frame nothing.
 * Checked in headless Chromium: the editor, queries and the subscription socket work under it. The one
 * thing it refuses is the scroll-lock `<style>` GraphiQL's dialogs inject (react-remove-scroll, with no
 * way to hand it a nonce from outside the bundle): the dialogs still work, and this full-height page
 * has nothing to scroll behind them.
 */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src 'self' ${sha256(INLINE_SCRIPT)}`,
  `style-src 'self' ${sha256(INLINE_STYLE)}`,
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Serves GraphiQL at `/graphiql` and to browsers that open `/graphql`. */
export function mountGraphiQL(app: Express): void {
  const assets: Record<string, string> = {
    "graphiql.min.css": path.join(graphiqlDir, "graphiql.min.css"),
    "graphiql.min.js": path.join(graphiqlDir, "graphiql.min.js"),
    "react.production.min.js": path.join(reactDir, "umd", "react.production.min.js"),
    "react-dom.production.min.js": path.join(reactDomDir, "umd", "react-dom.production.min.js"),
    "graphql-ws.min.js": path.join(graphqlWsDir, "umd", "graphql-ws.min.js"),
  };
  // An unknown asset goes on to the JSON 404 every unknown route gets.
  app.get("/graphiql/assets/:file", (req, res, next) => {
    const file = assets[req.params.file];
    if (!file) return next();
    res.sendFile(file, { maxAge: "1h" });
  });
  const page = (_req: Request, res: Response) =>
    void res.setHeader("content-security-policy", GRAPHIQL_CONTENT_SECURITY_POLICY).type("html").send(GRAPHIQL_HTML);
  app.get("/graphiql", page);
  app.get("/favicon.ico", (_req, res) => void res.status(204).end());
  app.get("/graphql", (req: Request, res: Response, next: NextFunction) =>
    req.accepts(["application/json", "text/html"]) === "text/html" ? page(req, res) : next(),
  );
}
