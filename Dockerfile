# Hearth in a container. docker-compose.yml runs it beside PostgreSQL 16.
FROM node:20-bookworm-slim
WORKDIR /app
# npm ci runs the postinstall step, which builds the bundled plugins: it needs the scripts and the
# plugin sources, so they come in before it (and the rest after, for caching). `npm start` compiles
# the server to dist/ (once; it is up to date on later starts) and runs it with plain node.
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY plugins ./plugins
RUN npm ci --no-audit --no-fund
COPY . .
ENV HEARTH_HOST=0.0.0.0 \
    HEARTH_DATA_DIR=/data
EXPOSE 4201 4280
VOLUME ["/data"]
CMD ["npm", "start"]
