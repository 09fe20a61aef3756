# syntax=docker/dockerfile:1
#
# One image per deployable, all from the same build stage:
#   docker build --build-arg SERVICE=portfolio --build-arg PORT=4003 -t plateau-portfolio .
# SERVICE is `gateway` or a folder name under subgraphs/; PORT is that service's default port.
# docker-compose.yml passes both; tests/deployment.test.ts checks them against the code.

# Only the package manifests, so the `npm ci` layer below is rebuilt only when dependencies change.
FROM node:24-slim AS manifests
WORKDIR /app
COPY . .
RUN find . -type f ! -name package.json ! -name package-lock.json -delete && find . -type d -empty -delete

FROM node:24-slim AS build
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1
COPY --from=manifests /app ./
RUN npm ci
COPY . .
RUN npx turbo run build && npm prune --omit=dev
# Stage what each deployable runs (manifest, compiled dist, any nested node_modules) apart from its
# sources, so the runtime stage copies one folder per SERVICE. The gateway reads the supergraph from
# `schema/supergraph.graphql` and the trusted documents from
# `packages/client/src/generated/persisted-documents.json`, relative to its working directory
# (SUPERGRAPH_PATH's and TRUSTED_DOCUMENTS_PATH's defaults).
RUN set -eu; \
    stage() { mkdir -p "$2"; cp -a "$1/package.json" "$1/dist" "$2/"; if [ -d "$1/node_modules" ]; then cp -a "$1/node_modules" "$2/"; fi; }; \
    for dir in packages/*; do stage "$dir" "/deploy/packages/${dir#packages/}"; done; \
    for dir in subgraphs/*; do stage "$dir" "/deploy/${dir#subgraphs/}"; done; \
    stage gateway /deploy/gateway; \
    mkdir -p /deploy/gateway/schema && cp schema/supergraph.graphql /deploy/gateway/schema/supergraph.graphql; \
    manifest=packages/client/src/generated/persisted-documents.json; \
    mkdir -p "/deploy/gateway/$(dirname "$manifest")" && cp "$manifest" "/deploy/gateway/$manifest"

FROM node:24-slim AS runtime
ARG SERVICE
ARG PORT
# /data holds the embedded PGlite databases and identity's generated signing key; the node user owns
# it so a named volume mounted there starts out writable.
RUN if [ -z "$SERVICE" ] || [ -z "$PORT" ]; then \
      echo "build with --build-arg SERVICE=<gateway|subgraph folder> --build-arg PORT=<its default port>" >&2; exit 1; \
    fi \
    && mkdir -p /data && chown node:node /data
ENV NODE_ENV=production HOST=0.0.0.0 PORT=${PORT} DATA_DIR=/data
WORKDIR /app
# The root node_modules links @plateau/* to ../../packages/*, which is where the packages land.
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /deploy/packages ./packages
COPY --from=build /deploy/${SERVICE} ./${SERVICE}
WORKDIR /app/${SERVICE}
USER node
EXPOSE ${PORT}
# Slim images have no curl; node's fetch does. /health answers 503 only when unhealthy.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
