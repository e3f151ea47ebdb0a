# corpus: modelled-on=Airflow images adding a JRE for Spark jobs
# corpus: expect=AL403@8
FROM apache/airflow:2.9.2
USER root
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jre-headless \
 && apt-get clean && rm -rf /var/lib/apt/lists/*
USER airflow
ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64
RUN pip install --no-cache-dir pyspark==3.5.1
