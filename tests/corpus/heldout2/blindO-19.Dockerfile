# corpus: modelled-on=corretto-8-docker style Amazon Linux 2 image (amazon-linux-extras) with a tuned JAVA_OPTS
# corpus: expect=AL209@3,AL401@14
FROM amd64/amazonlinux:2

RUN yum -y update \
    && amazon-linux-extras enable corretto8 \
    && yum -y install java-1.8.0-amazon-corretto-devel shadow-utils procps \
    && yum clean all \
    && rm -rf /var/cache/yum

ENV JAVA_HOME=/usr/lib/jvm/java-1.8.0-amazon-corretto \
    LANG=en_US.UTF-8
# Tuned on the c5 fleet
ENV JAVA_OPTS="-Xms512m -Xmx2g -XX:+UseG1GC -XX:UseAVX=2 -XX:+AlwaysPreTouch"

RUN groupadd -r app && useradd -r -g app -d /opt/app app
WORKDIR /opt/app
COPY --chown=app:app target/ingest-worker.jar ./ingest-worker.jar
USER app
EXPOSE 8081
CMD ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/app/ingest-worker.jar"]
