# corpus: modelled-on=Quarkus generated Dockerfile.native (ubi-quarkus-mandrel-builder-image + quarkus-micro-image), builder left on the target platform
# corpus: expect=
## Stage 1 : native compilation (runs on the target platform, emulated if needed)
FROM quay.io/quarkus/ubi-quarkus-mandrel-builder-image:jdk-21 AS build
USER root
RUN microdnf install -y findutils && microdnf clean all
COPY --chown=quarkus:quarkus gradlew /code/gradlew
COPY --chown=quarkus:quarkus gradle /code/gradle
COPY --chown=quarkus:quarkus build.gradle.kts settings.gradle.kts gradle.properties /code/
USER quarkus
WORKDIR /code
COPY --chown=quarkus:quarkus src /code/src
# produces an ELF for whatever platform this stage runs on (linux/amd64 or linux/arm64)
RUN ./gradlew build -Dquarkus.native.enabled=true -Dquarkus.package.jar.enabled=false --no-daemon

## Stage 2 : runtime
FROM quay.io/quarkus/ubi9-quarkus-micro-image:2.0
WORKDIR /work/
RUN chown 1001 /work && chmod "g+rwX" /work && chown 1001:root /work
COPY --from=build --chown=1001:root --chmod=0755 /code/build/*-runner /work/application
EXPOSE 8080
USER 1001
# -Xmx here is a Substrate VM runtime option, there is no HotSpot in this image
ENTRYPOINT ["./application", "-Dquarkus.http.host=0.0.0.0", "-Xmx96m"]
