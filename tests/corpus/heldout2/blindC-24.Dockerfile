# corpus: modelled-on=Spring Boot + SPA monorepo builds (maven:3.9-eclipse-temurin, node build of static assets); arch-neutral stages pinned to $BUILDPLATFORM
# corpus: expect=
FROM --platform=$BUILDPLATFORM node:20-bookworm-slim AS web
WORKDIR /web
COPY frontend/package.json frontend/package-lock.json ./
# esbuild/@swc pull @esbuild/linux-x64 or linux-arm64 for the *build* host, which is the machine that runs them
RUN npm ci
COPY frontend/ ./
RUN npm run build

FROM --platform=$BUILDPLATFORM maven:3.9-eclipse-temurin-21 AS api
WORKDIR /api
COPY backend/pom.xml .
RUN mvn -B -q dependency:go-offline
COPY backend/src ./src
COPY --from=web /web/dist ./src/main/resources/static
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:21-jre-jammy
RUN useradd --system --uid 10001 spring
WORKDIR /opt/app
COPY --from=api /api/target/portal-*.jar app.jar
USER spring
ENV JAVA_TOOL_OPTIONS="-XX:+UseContainerSupport -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/app/app.jar"]
