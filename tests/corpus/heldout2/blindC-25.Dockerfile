# corpus: modelled-on=NLCaceres Spring-Boot-Infection-Prevention Dockerfile.builder + graalvm native-image-community images, builder moved to $BUILDPLATFORM
# corpus: expect=AL206@12
FROM --platform=$BUILDPLATFORM ghcr.io/graalvm/native-image-community:21 AS native
RUN microdnf install -y findutils && microdnf clean all
WORKDIR /app
COPY gradlew build.gradle settings.gradle ./
COPY gradle/ gradle/
RUN ./gradlew --no-daemon --version
COPY src/ src/
# AOT-compile the CLI; build host is fastest, no emulation
RUN --mount=type=cache,target=/root/.gradle \
    ./gradlew --no-daemon nativeCompile -x test

FROM gcr.io/distroless/base-debian12:nonroot
COPY --from=native /app/build/native/nativeCompile/cli-app /usr/local/bin/cli-app
USER nonroot
ENTRYPOINT ["/usr/local/bin/cli-app"]
CMD ["--help"]
