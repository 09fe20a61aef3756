import { createRequire } from "node:module";
import path from "node:path";
import type { Express, Request, Response } from "express";

const require = createRequire(import.meta.url);
const graphiqlDir = path.dirname(require.resolve("graphiql/package.json"));
const reactDir = path.dirname(require.resolve("react/package.json"));
const reactDomDir = path.dirname(require.resolve("react-dom/package.json"));

/** The GraphiQL page: every asset comes from this server, so it works without internet access. */
export const GRAPHIQL_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Plateau GraphiQL</title>
    <link rel="stylesheet" href="/graphiql/assets/graphiql.min.css" />
    <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="/graphiql/assets/react.production.min.js"></script>
    <script src="/graphiql/assets/react-dom.production.min.js"></script>
    <script src="/graphiql/assets/graphiql.min.js"></script>
    <script>
      const fetcher = GraphiQL.createFetcher({ url: new URL("/graphql", location.href).toString() });
      const root = ReactDOM.createRoot(document.getElementById("graphiql"));
      root.render(React.createElement(GraphiQL, {
        fetcher,
        defaultEditorToolsVisibility: true,
        defaultHeaders: JSON.stringify({ Authorization: "Bearer <paste the accessToken from login>" }, null, 2),
        defaultQuery: [
          "# 1. Run Login (demo password: plateau-demo), 2. paste its accessToken into Headers, 3. run Portfolio.",
          "mutation Login {",
          '  login(input: { email: "manager@demo.plateau.dev", password: "plateau-demo" }) { accessToken role }',
          "}",
          "",
          "query Portfolio {",
          "  projects(first: 10) {",
          "    nodes {",
          "      name progress health",
          "      owner { name email }",
          "      workPackages { name status riskLevel }",
          "      risks { rule severity detail }",
          "      effort { totalHours }",
          "      tasks(first: 5) { nodes { title status assignee { name } timeLogged } }",
          "    }",
          "  }",
          "}",
          "",
        ].join("\\n"),
      }));
    </script>
  </body>
</html>`;

/** Serves GraphiQL at `/graphiql` and to browsers that open `/graphql`. */
export function mountGraphiQL(app: Express): void {
  const assets: Record<string, string> = {
    "graphiql.min.css": path.join(graphiqlDir, "graphiql.min.css"),
    "graphiql.min.js": path.join(graphiqlDir, "graphiql.min.js"),
    "react.production.min.js": path.join(reactDir, "umd", "react.production.min.js"),
    "react-dom.production.min.js": path.join(reactDomDir, "umd", "react-dom.production.min.js"),
  };
  app.get("/graphiql/assets/:file", (req, res) => {
    const file = assets[req.params.file];
    if (!file) return void res.status(404).end();
    res.sendFile(file, { maxAge: "1h" });
  });
  const page = (_req: Request, res: Response) => void res.type("html").send(GRAPHIQL_HTML);
  app.get("/graphiql", page);
  app.get("/graphql", (req, res, next) => (req.accepts(["application/json", "text/html"]) === "text/html" ? page(req, res) : next()));
}
