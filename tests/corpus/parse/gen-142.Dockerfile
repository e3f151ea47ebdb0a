# Maintained by the platform team.
# See README for build instructions.

ARG JDK=21
ARG DISTRO=jammy
FROM --platform=${BUILDPLATFORM} tonistiigi/xx:1.4.0 AS xx
FROM --platform=${BUILDPLATFORM} golang:1.22-bookworm AS build
COPY --from=xx / /
ARG TARGETPLATFORM
RUN xx-apt-get install -y gcc libc6-dev
WORKDIR /app
COPY . .
RUN CGO_ENABLED=1 xx-go build -o /app/bin/tool ./... && \
    xx-verify /app/bin/tool
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


FROM scratch
COPY --link --from=build /out/app /
