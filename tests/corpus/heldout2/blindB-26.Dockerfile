# corpus: modelled-on=amazoncorretto/amazoncorretto Dockerfile (rpm_x64 / rpm_aarch64 ARGs) collapsed to one hardcoded rpm, plus Maven
# corpus: expect=AL301@9,AL302@10
FROM amazonlinux:2023

ARG CORRETTO_RELEASE=21.0.5.11.1
ARG MAVEN_VERSION=3.9.9

RUN dnf install -y tar gzip findutils shadow-utils \
 && curl -fsSLO "https://corretto.aws/downloads/resources/${CORRETTO_RELEASE}/java-21-amazon-corretto-devel-21.0.5.11-1.x86_64.rpm" \
 && dnf install -y ./java-21-amazon-corretto-devel-21.0.5.11-1.x86_64.rpm \
 && rm -f ./*.rpm \
 && dnf clean all

ENV JAVA_HOME=/usr/lib/jvm/java-21-amazon-corretto \
    LANG=C.UTF-8

RUN curl -fsSL "https://archive.apache.org/dist/maven/maven-3/${MAVEN_VERSION}/binaries/apache-maven-${MAVEN_VERSION}-bin.tar.gz" \
    | tar -xz -C /opt \
 && ln -s /opt/apache-maven-${MAVEN_VERSION}/bin/mvn /usr/local/bin/mvn

WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q package -DskipTests
CMD ["java", "-jar", "target/app.jar"]
