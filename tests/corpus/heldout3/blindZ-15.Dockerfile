# corpus: modelled-on=DataExpert-io/data-engineer-handbook 4-apache-flink-training Dockerfile (FROM --platform=linux/amd64 flink)
# corpus: expect=AL201@3
FROM --platform=linux/amd64 flink:1.18.1-java11

# PyFlink officially supports a handful of Python versions; the distro python3 is fine here
RUN apt-get update -y \
 && apt-get install -y --no-install-recommends python3 python3-pip python3-dev \
 && ln -s /usr/bin/python3 /usr/bin/python \
 && apt-get clean \
 && rm -rf /var/lib/apt/lists/*

COPY requirements.txt /tmp/requirements.txt
RUN python -m pip install --no-cache-dir -r /tmp/requirements.txt

# connector jars
RUN wget -q -P /opt/flink/lib/ https://repo.maven.apache.org/maven2/org/apache/flink/flink-python/1.18.1/flink-python-1.18.1.jar \
 && wget -q -P /opt/flink/lib/ https://repo.maven.apache.org/maven2/org/apache/flink/flink-sql-connector-kafka/3.1.0-1.18/flink-sql-connector-kafka-3.1.0-1.18.jar \
 && wget -q -P /opt/flink/lib/ https://repo1.maven.org/maven2/org/postgresql/postgresql/42.7.3/postgresql-42.7.3.jar

WORKDIR /opt/flink
COPY --chown=flink:flink src/ /opt/src/
USER flink
