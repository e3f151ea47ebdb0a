#syntax=docker/dockerfile:1-labs
ARG GO_VERSION=1.22
FROM python:${PYTHON_VERSION}-${VARIANT} AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
RUN --mount=type=cache,target=/root/.cache/pip \
    --mount=type=bind,source=requirements.txt,target=requirements.txt \
    python -m pip install -r requirements.txt
COPY . .
CMD python -m app
FROM node:20-bookworm-slim AS web
ENV NODE_ENV=production \
    NPM_CONFIG_LOGLEVEL=warn
WORKDIR /usr/src/app
COPY --chown=node:node package*.json ./
RUN npm install --arch=x64 --platform=linux sharp
COPY --chown=node:node . .
USER node
EXPOSE 3000/tcp
CMD ["node", "server.js"]
FROM maven:3.9-eclipse-temurin-${JDK} AS build
WORKDIR /workspace
COPY pom.xml .
RUN --mount=type=cache,target=/root/.m2 mvn -B dependency:go-offline
COPY src src
RUN --mount=type=cache,target=/root/.m2 mvn -B package -DskipTests

FROM eclipse-temurin:${JDK}-jre-${DISTRO}
COPY --from=build /workspace/target/*.jar /app/app.jar
ENV JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]


FROM alpine:3.19 AS runtime
RUN addgroup -S app && adduser -S app -G app
COPY --from=build --chown=app:app /out/ /usr/local/bin/
USER app
CMD ["app", "--help"]
