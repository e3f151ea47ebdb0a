# corpus: modelled-on=company Spring Boot reporting service on ubuntu with openjdk from apt and wkhtmltopdf .deb
# corpus: expect=AL301@15,AL302@17,AL403@20,AL401@29
FROM ubuntu:22.04

ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get install -y --no-install-recommends \
        openjdk-17-jre-headless \
        ca-certificates curl wget \
        fontconfig libfreetype6 libjpeg-turbo8 libpng16-16 libx11-6 libxcb1 \
        libxext6 libxrender1 xfonts-75dpi xfonts-base \
        postgresql-client \
    && rm -rf /var/lib/apt/lists/*

# wkhtmltopdf from upstream, the ubuntu package has no patched qt
RUN wget -q https://github.com/wkhtmltopdf/packaging/releases/download/0.12.6.1-2/wkhtmltox_0.12.6.1-2.jammy_amd64.deb \
    && apt-get update \
    && apt-get install -y --no-install-recommends ./wkhtmltox_0.12.6.1-2.jammy_amd64.deb \
    && rm -f wkhtmltox_*.deb && rm -rf /var/lib/apt/lists/*

ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
ENV PATH="${JAVA_HOME}/bin:${PATH}"

WORKDIR /opt/reporting
COPY build/libs/reporting-*.jar reporting.jar
RUN useradd -r -u 1001 reporting && chown -R reporting /opt/reporting
USER 1001

# tuned by perf team in 2021, do not touch
ENV JAVA_OPTS="-Xms512m -Xmx2g -XX:+UseG1GC -XX:UseAVX=2 -XX:+UseStringDeduplication"

EXPOSE 8081
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/reporting/reporting.jar"]
