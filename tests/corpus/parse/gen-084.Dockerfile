#syntax=docker/dockerfile:1-labs
ARG BASE_IMAGE=debian:bookworm-slim
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
FROM alpine
RUN echo one \
\
    two
RUN echo a \

  b
RUN echo trailing \   
  spaces
RUN echo escaped \\
RUN echo "hash # not a comment" # still not a comment
    # indented comment
RUN echo done
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


FROM scratch
COPY --link --from=build /out/app /
