# corpus: modelled-on=Micronaut/Spring Native GraalVM native-image build (jar on build platform, native-image under target emulation)
# corpus: expect=
# The jar is bytecode, so building it on the builder's own platform is fine.
FROM --platform=$BUILDPLATFORM gradle:8.6-jdk21 AS jar
WORKDIR /home/gradle/app
COPY --chown=gradle:gradle settings.gradle.kts build.gradle.kts ./
COPY --chown=gradle:gradle src ./src
RUN gradle --no-daemon shadowJar -x test

# native-image cannot cross-compile: this stage deliberately has no --platform,
# so on an amd64 runner the arm64 variant runs under QEMU (slow but correct).
FROM ghcr.io/graalvm/native-image-community:21 AS native
WORKDIR /build
COPY --from=jar /home/gradle/app/build/libs/app-all.jar app.jar
RUN native-image -march=compatibility --no-fallback -O2 \
      -H:+ReportExceptionStackTraces \
      -jar app.jar /build/orders-svc

FROM gcr.io/distroless/base-debian12:nonroot
COPY --from=native /build/orders-svc /orders-svc
EXPOSE 8080
ENTRYPOINT ["/orders-svc"]
