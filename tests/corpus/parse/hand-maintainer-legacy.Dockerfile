FROM centos:7
MAINTAINER Jane Doe <jane@example.com>
ENV container docker
ENV LANG en_US.UTF-8
ENV JAVA_HOME /usr/lib/jvm/java-1.8.0-openjdk-1.8.0.402.b06-1.el7_9.x86_64
RUN yum -y update && yum -y install java-1.8.0-openjdk && yum clean all
ADD https://example.org/app-1.0-x86_64.rpm /tmp/app.rpm
RUN rpm -ivh /tmp/app.rpm
ADD app.tar.gz /opt/
EXPOSE 8080 8443
CMD /opt/app/bin/start.sh
