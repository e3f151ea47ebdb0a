# corpus: modelled-on=Open Liberty kernel-slim app image (features.sh / configure.sh, /config/jvm.options) with a vendored native lib
# corpus: expect=AL208@10,AL303@17
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /app
COPY pom.xml .
COPY src ./src
RUN mvn -B -q package -DskipTests

# features.sh crawls under qemu, so this stage was switched to the native builder
FROM --platform=$BUILDPLATFORM icr.io/appcafe/open-liberty:24.0.0.6-kernel-slim-java17-openj9-ubi

COPY --chown=1001:0 src/main/liberty/config/server.xml /config/
COPY --chown=1001:0 src/main/liberty/config/jvm.options /config/
RUN features.sh

# sqlite JNI bits used by the offline cache
COPY --chown=1001:0 native/linux-x86_64/libsqlitejdbc.so /opt/ol/wlp/usr/shared/resources/native/
COPY --from=build --chown=1001:0 /app/target/*.war /config/apps/

ENV WLP_LOGGING_CONSOLE_FORMAT=JSON \
    WLP_LOGGING_CONSOLE_SOURCE=message,trace,accessLog,ffdc
RUN configure.sh
EXPOSE 9080 9443
