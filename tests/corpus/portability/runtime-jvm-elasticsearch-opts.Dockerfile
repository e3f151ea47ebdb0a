# corpus: modelled-on=search-engine images with ES_JAVA_OPTS (portable)
# corpus: expect=
FROM docker.elastic.co/elasticsearch/elasticsearch:8.14.1
ENV ES_JAVA_OPTS="-Xms1g -Xmx1g -XX:+UseG1GC -XX:+AlwaysPreTouch"
