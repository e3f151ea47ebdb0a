# corpus: modelled-on=Tomcat on Amazon Linux 2023 with the "latest" Corretto rpm from corretto.aws
# corpus: expect=AL301@10,AL302@11,AL403@15
FROM amazonlinux:2023

ARG TOMCAT_VERSION=9.0.89

RUN dnf install -y tar gzip shadow-utils \
 && dnf clean all

RUN curl -fsSLO https://corretto.aws/downloads/latest/amazon-corretto-17-x64-linux-jdk.rpm \
 && dnf install -y ./amazon-corretto-17-x64-linux-jdk.rpm \
 && rm -f amazon-corretto-17-x64-linux-jdk.rpm \
 && dnf clean all

ENV JAVA_HOME=/usr/lib/jvm/java-17-amazon-corretto.x86_64
ENV CATALINA_HOME=/usr/local/tomcat
ENV PATH=$CATALINA_HOME/bin:$JAVA_HOME/bin:$PATH

RUN mkdir -p $CATALINA_HOME \
 && curl -fsSL "https://archive.apache.org/dist/tomcat/tomcat-9/v${TOMCAT_VERSION}/bin/apache-tomcat-${TOMCAT_VERSION}.tar.gz" \
      | tar -xz -C $CATALINA_HOME --strip-components=1 \
 && rm -rf $CATALINA_HOME/webapps/* \
 && useradd -r -d $CATALINA_HOME tomcat && chown -R tomcat $CATALINA_HOME

ENV CATALINA_OPTS="-XX:MaxRAMPercentage=75 -XX:+UseParallelGC -Dfile.encoding=UTF-8"
COPY --chown=tomcat target/billing.war $CATALINA_HOME/webapps/billing.war
USER tomcat
EXPOSE 8080
CMD ["catalina.sh", "run"]
