# Hearth in a container. docker-compose.yml runs it beside PostgreSQL 16.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV HEARTH_HOST=0.0.0.0 \
    HEARTH_DATA_DIR=/data
EXPOSE 4201 4280
VOLUME ["/data"]
CMD ["npm", "start"]
