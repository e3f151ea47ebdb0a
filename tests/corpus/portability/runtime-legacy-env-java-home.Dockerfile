# corpus: modelled-on=2016-era Ubuntu images: legacy ENV syntax JAVA_HOME and dumb-init amd64 asset
# corpus: expect=AL403@6,AL301@7
FROM ubuntu:16.04
MAINTAINER someone <someone@example.com>
RUN apt-get update && apt-get install -y openjdk-8-jdk wget
ENV JAVA_HOME /usr/lib/jvm/java-8-openjdk-amd64
RUN wget -q -O /usr/local/bin/dumb-init https://github.com/Yelp/dumb-init/releases/download/v1.2.0/dumb-init_1.2.0_amd64 && chmod +x /usr/local/bin/dumb-init
ENTRYPOINT ["/usr/local/bin/dumb-init", "--"]
