# One image for every process: the four subgraphs, the gateway and the workers.
# Pick the process with the command, e.g. `node dist/services/council/main.js`.
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY services/core/package.json services/core/
COPY services/council/package.json services/council/
COPY services/committee/package.json services/committee/
COPY services/front/package.json services/front/
COPY services/workflow/package.json services/workflow/
COPY services/notifications/package.json services/notifications/
COPY gateway/package.json gateway/
COPY workers/package.json workers/
# npm ci applies patches/ (patch-package) to node_modules.
COPY patches patches
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY tsconfig.base.json tsconfig.build.json ./
COPY services services
COPY gateway gateway
COPY workers workers
RUN npx tsc -b tsconfig.build.json \
 && for d in services/*/src gateway/src workers/src; do \
      (cd "$d" && find . -name '*.graphql' -exec cp --parents {} ../dist/ \;); \
    done \
 && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
RUN useradd --system --uid 10001 phoihop
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/services services
COPY --from=build /app/gateway gateway
COPY --from=build /app/workers workers
USER phoihop
EXPOSE 4000 4010
CMD ["node", "gateway/dist/main.js"]
