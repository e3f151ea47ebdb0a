# corpus: modelled-on=CentOS images with i686 multilib and Oracle's x64 JDK RPM
# corpus: expect=AL304@4,AL301@5,AL302@5,AL403@6
FROM centos:7
RUN yum install -y epel-release && yum install -y wget glibc.i686 libstdc++.i686
RUN wget https://download.oracle.com/java/17/latest/jdk-17_linux-x64_bin.rpm && rpm -ivh jdk-17_linux-x64_bin.rpm
ENV JAVA_HOME=/usr/lib/jvm/jdk-17-oracle-x64
