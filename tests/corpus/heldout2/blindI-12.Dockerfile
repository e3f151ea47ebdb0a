# corpus: modelled-on=Quarkus Dockerfile.native multi-stage build (madsop/viatrumf-scraper-bff) with the builder moved to $BUILDPLATFORM
# corpus: expect=AL206@13
## Stage 1 : build with the Mandrel builder image
FROM --platform=$BUILDPLATFORM quay.io/quarkus/ubi-quarkus-mandrel-builder-image:jdk-21 AS build
COPY --chown=quarkus:quarkus mvnw /code/mvnw
COPY --chown=quarkus:quarkus .mvn /code/.mvn
COPY --chown=quarkus:quarkus pom.xml /code/
USER quarkus
WORKDIR /code
RUN ./mvnw -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:go-offline
COPY --chown=quarkus:quarkus src /code/src
# native build is slow under qemu, so run it natively on the CI host
RUN ./mvnw -B package -Dnative -DskipTests -Dquarkus.native.additional-build-args=--initialize-at-run-time=org.bouncycastle

## Stage 2 : create the final image
FROM quay.io/quarkus/ubi9-quarkus-micro-image:2.0
WORKDIR /work/
RUN chown 1001 /work \
    && chmod "g+rwX" /work \
    && chown 1001:root /work
COPY --from=build --chown=1001:root /code/target/*-runner /work/application

EXPOSE 8080
USER 1001
ENTRYPOINT ["./application", "-Dquarkus.http.host=0.0.0.0"]
