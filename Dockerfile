# report-bot: two stages, so the image has the compiled bot and its production dependencies only
# (no TypeScript, no tsx, no tests). Build: docker build -t report-bot .  Run: see compose.yaml.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc tsconfig.json tsconfig.build.json ./
# --ignore-scripts: the prepare script would build before the source is here; it is built below.
RUN npm ci --ignore-scripts --no-audit --no-fund --json=false
COPY src ./src
RUN npm run build --json=false

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000 \
    REPORTS_DIR=/reports \
    REPORT_CACHE_DIR=/data/cache \
    FEEDBACK_LOG=/data/feedback.jsonl
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund --json=false && npm cache clean --force
COPY --from=build /app/dist ./dist
# The reports are mounted at /reports (read-only is fine); the parsed-report cache and the
# feedback file (used when REDIS_URL is unset or Redis is down) go to /data.
RUN mkdir -p /reports /data && chown node:node /data
VOLUME ["/data"]
# The image's unprivileged user (uid 1000).
USER node
EXPOSE 3000
# /healthz on HEALTH_PORT when set (Socket Mode), else on PORT (HTTP mode).
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["node", "dist/healthcheck.js"]
# node itself is PID 1 and handles SIGTERM (docker stop): it finishes the answers in flight.
CMD ["node", "dist/main.js"]
