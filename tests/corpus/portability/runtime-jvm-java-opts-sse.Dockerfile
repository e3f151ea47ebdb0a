# corpus: modelled-on=Tomcat images with JAVA_OPTS and CATALINA_OPTS
# corpus: expect=AL401@5
FROM tomcat:10.1-jdk17-temurin
ENV CATALINA_OPTS="-Xms512m -Xmx2g"
ENV JAVA_OPTS="-Djava.security.egd=file:/dev/./urandom -XX:+UseSSE42Intrinsics"
COPY target/ROOT.war /usr/local/tomcat/webapps/ROOT.war
