# corpus: modelled-on=Ktor fat-jar images (gradle buildFatJar -> eclipse-temurin JRE), JVM tuned for Graviton, prebuilt JNI codec in repo
# corpus: expect=AL202@8,AL303@13,AL401@18
FROM gradle:8.10-jdk21 AS build
WORKDIR /home/gradle/src
COPY --chown=gradle:gradle . .
RUN gradle buildFatJar --no-daemon -x test

FROM --platform=$TARGETPLATFORM eclipse-temurin:21-jre-noble
RUN groupadd --system ktor && useradd --system --gid ktor ktor
WORKDIR /opt/ktor
COPY --from=build /home/gradle/src/build/libs/*-all.jar ./media-api.jar
# JNI codec shipped prebuilt in the repo
COPY native/linux-x86_64/libopuscodec.so /opt/ktor/lib/
ENV LD_LIBRARY_PATH=/opt/ktor/lib
USER ktor
EXPOSE 8080
# LSE atomics give a measurable win on Graviton3
ENTRYPOINT ["java", "-XX:+UseLSE", "-XX:+UseZGC", "-XX:MaxRAMPercentage=80", "-Djava.library.path=/opt/ktor/lib", "-jar", "/opt/ktor/media-api.jar"]
