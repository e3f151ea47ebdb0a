# corpus: modelled-on=project service image on eclipse-temurin (adoptium/containers) with vendored JNI lib and tuned JVM flags
# corpus: expect=AL303@23,AL401@26
FROM eclipse-temurin:21-jdk-noble AS build
WORKDIR /workspace
COPY gradlew settings.gradle.kts build.gradle.kts ./
COPY gradle/ gradle/
RUN --mount=type=cache,target=/root/.gradle ./gradlew --no-daemon dependencies
COPY src/ src/
RUN --mount=type=cache,target=/root/.gradle ./gradlew --no-daemon bootJar -x test

FROM eclipse-temurin:21-jre-noble

RUN set -eux; \
	groupadd --system --gid 10001 app; \
	useradd --system --gid app --uid 10001 --home-dir /opt/app app; \
	apt-get update; \
	apt-get install -y --no-install-recommends tini; \
	rm -rf /var/lib/apt/lists/*

WORKDIR /opt/app
COPY --from=build /workspace/build/libs/app.jar ./app.jar
# prebuilt JNI codec shipped by the vendor
COPY native/linux-x86_64/libfastcodec.so /opt/app/native/
ENV LD_LIBRARY_PATH=/opt/app/native

ENV JAVA_TOOL_OPTIONS="-XX:+UseG1GC -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:UseAVX=2"

USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD ["curl", "-fsS", "http://localhost:8080/actuator/health"]
ENTRYPOINT ["/usr/bin/tini", "--", "java", "-jar", "/opt/app/app.jar"]
