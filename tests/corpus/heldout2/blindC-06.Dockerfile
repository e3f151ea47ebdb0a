# corpus: modelled-on=pschichtel/sbt-docker + hseeberger/scala-sbt (sbt tgz, sbt assembly, temurin JRE runtime)
# corpus: expect=
ARG JDK_VERSION=17
FROM eclipse-temurin:${JDK_VERSION}-jdk-jammy AS build
ARG SBT_VERSION=1.10.5
# sbt launcher is a plain JVM tarball, no native bits
RUN curl -fsSL "https://github.com/sbt/sbt/releases/download/v${SBT_VERSION}/sbt-${SBT_VERSION}.tgz" \
      | tar -xz -C /opt \
 && ln -s /opt/sbt/bin/sbt /usr/local/bin/sbt
WORKDIR /src
COPY build.sbt ./
COPY project/ project/
RUN sbt -batch update
COPY src/ src/
RUN sbt -batch clean assembly

FROM eclipse-temurin:${JDK_VERSION}-jre-jammy
RUN groupadd -r app && useradd -r -g app app
COPY --from=build /src/target/scala-2.13/ingest-assembly.jar /opt/ingest/ingest.jar
USER app
# AVX hint is only honoured on x86; IgnoreUnrecognizedVMOptions keeps arm64 JVMs starting
ENTRYPOINT ["java", "-XX:+IgnoreUnrecognizedVMOptions", "-XX:UseAVX=2", "-XX:MaxRAMPercentage=70", "-XX:+UseG1GC", "-jar", "/opt/ingest/ingest.jar"]
