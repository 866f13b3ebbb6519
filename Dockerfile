# Hearth in a container. docker-compose.yml runs it beside PostgreSQL 16 (and, with the monitoring
# profile, Prometheus and Grafana). Node 20: the version package.json's engines and the tests use.
FROM node:20-bookworm-slim
# pg_dump and pg_restore for `hearth backup` and `hearth restore` on PostgreSQL; they must be at
# least the server's version, and Debian 12 ships 15, so they come from PostgreSQL's own apt
# repository (postgresql-common holds its signing key and the script that adds it).
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates postgresql-common \
 && /usr/share/postgresql-common/pgdg/apt.postgresql.org.sh -y \
 && apt-get install -y --no-install-recommends postgresql-client-16 \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# npm ci runs the postinstall step, which builds the bundled plugins: it needs the scripts, the
# plugin sources and the core the kit's generated files (error codes, host imports, limits) come
# from, so they come in before it (and the rest after, for caching). `npm start` compiles
# the server to dist/ (once; it is up to date on later starts) and runs it with plain node.
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY plugins ./plugins
COPY core ./core
RUN npm ci --no-audit --no-fund
COPY . .
ENV HEARTH_HOST=0.0.0.0 \
    HEARTH_DATA_DIR=/data
EXPOSE 4201 4202 4280 4443
VOLUME ["/data"]
CMD ["npm", "start"]
