# corpus: modelled-on=JNI helper library compiled in a separate stage and loaded via java.library.path (sanity-tool/bitreader-service style)
# corpus: expect=AL206@10,AL402@10
FROM --platform=$BUILDPLATFORM eclipse-temurin:17-jdk-jammy AS jni
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc libc6-dev make \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /build
COPY native/ ./
RUN mkdir -p /out \
 && gcc -O3 -march=native -fPIC -shared -I"$JAVA_HOME/include" -I"$JAVA_HOME/include/linux" -o /out/libfastcrc.so fastcrc.c \
 && strip /out/libfastcrc.so

FROM --platform=$BUILDPLATFORM gradle:8.10.2-jdk17 AS app
WORKDIR /home/gradle/project
COPY --chown=gradle:gradle . .
RUN gradle --no-daemon shadowJar

FROM eclipse-temurin:17-jre-jammy
WORKDIR /opt/ingest
COPY --from=jni /out/libfastcrc.so /opt/ingest/native/
COPY --from=app /home/gradle/project/build/libs/ingest-all.jar /opt/ingest/ingest.jar
RUN useradd -r ingest
USER ingest
ENTRYPOINT ["java", "-Djava.library.path=/opt/ingest/native", "-XX:+UseParallelGC", "-jar", "/opt/ingest/ingest.jar"]
