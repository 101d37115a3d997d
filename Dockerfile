# Production image for both the API and the worker (the command picks which).
# Build: docker build -t rapport .   Run: see docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund --loglevel=error
COPY . .
RUN node tools/build.mjs --force && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
EXPOSE 3000
# Migrations run in the `migrate` service before api/worker start (see docker-compose.yml).
CMD ["node", "dist/server/apps/api/src/main.js"]
