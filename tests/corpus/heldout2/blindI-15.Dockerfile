# corpus: modelled-on=tonistiigi/xx cross-compilation pattern applied to a JNI library for a Java service
# corpus: expect=
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.5.0 AS xx

FROM --platform=$BUILDPLATFORM debian:bookworm-slim AS jni
COPY --from=xx / /
RUN apt-get update && apt-get install -y --no-install-recommends clang lld make file
ARG TARGETPLATFORM
ARG TARGETARCH
RUN xx-apt-get install -y --no-install-recommends gcc libc6-dev
COPY --from=eclipse-temurin:21-jdk /opt/java/openjdk/include /jdk/include
WORKDIR /src
COPY native/ ./
# x86-64-v2 baseline only makes sense for the amd64 variant
RUN set -eux; \
    mkdir -p /out; EXTRA_CFLAGS=""; \
    if [ "$TARGETARCH" = "amd64" ]; then EXTRA_CFLAGS="-march=x86-64-v2"; fi; \
    xx-clang -O2 -fPIC -shared $EXTRA_CFLAGS -I/jdk/include -I/jdk/include/linux \
      -o /out/libsnappyjni.so snappy_jni.c; \
    xx-verify /out/libsnappyjni.so

FROM eclipse-temurin:21-jre
WORKDIR /srv
COPY --from=jni /out/libsnappyjni.so /srv/native/
COPY target/compactor.jar /srv/compactor.jar
ENV JAVA_TOOL_OPTIONS="-Djava.library.path=/srv/native -XX:+UseG1GC -XX:MaxRAMPercentage=75"
USER 1000:1000
CMD ["java", "-jar", "/srv/compactor.jar"]
