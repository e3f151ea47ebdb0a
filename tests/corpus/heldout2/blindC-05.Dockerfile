# corpus: modelled-on=leijendary/spring-template Dockerfile (graalvm nativeCompile -> minimal runtime), builder pinned to amd64
# corpus: expect=AL201@3
FROM --platform=linux/amd64 ghcr.io/graalvm/native-image-community:21 AS build
RUN microdnf install -y findutils && microdnf clean all
WORKDIR /workspace
COPY gradlew settings.gradle.kts build.gradle.kts ./
COPY gradle gradle
RUN ./gradlew --no-daemon dependencies > /dev/null
COPY src src
RUN --mount=type=cache,target=/root/.gradle \
    ./gradlew --no-daemon nativeCompile -x test

FROM gcr.io/distroless/base-debian12:nonroot
WORKDIR /app
COPY --from=build /workspace/build/native/nativeCompile/orders-service /app/orders-service
EXPOSE 8080
USER nonroot
ENTRYPOINT ["/app/orders-service", "-Dserver.port=8080"]
