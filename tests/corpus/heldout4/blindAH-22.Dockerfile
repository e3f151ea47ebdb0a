# corpus: modelled-on=company legacy Java batch job that is deliberately amd64-only (vendor JNI lib + Oracle client)
# corpus: expect=
# corpus: platforms=linux/amd64
# The vendor's JNI library (libtaxcalc.so) only exists for x86-64, so this image is
# built for linux/amd64 only; the pipeline passes --platform linux/amd64 explicitly.
FROM --platform=linux/amd64 eclipse-temurin:11-jre-focal

RUN apt-get update && apt-get install -y --no-install-recommends \
        libaio1 unzip curl fontconfig \
    && rm -rf /var/lib/apt/lists/*

RUN mkdir -p /opt/oracle && cd /opt/oracle \
    && curl -fsSLO https://download.oracle.com/otn_software/linux/instantclient/1919000/instantclient-basic-linux.x64-19.19.0.0.0dbru.zip \
    && unzip -q instantclient-basic-linux.x64-19.19.0.0.0dbru.zip && rm -f *.zip
ENV LD_LIBRARY_PATH=/opt/oracle/instantclient_19_19:/opt/taxcalc/lib

COPY vendor/taxcalc/lib/linux-x86_64/ /opt/taxcalc/lib/
WORKDIR /opt/batch
COPY target/tax-batch.jar /opt/batch/tax-batch.jar
RUN useradd -r batch
USER batch
ENV JAVA_OPTS="-Xmx1g -XX:+UseParallelGC -Djava.library.path=/opt/taxcalc/lib"
CMD ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/batch/tax-batch.jar"]
