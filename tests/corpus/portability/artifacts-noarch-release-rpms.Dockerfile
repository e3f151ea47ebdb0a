# corpus: modelled-on=CentOS images installing noarch release RPMs by URL
# corpus: expect=
FROM centos:7
RUN yum install -y https://dl.fedoraproject.org/pub/epel/epel-release-latest-7.noarch.rpm
RUN yum install -y https://repo.ius.io/ius-release-el7.rpm && yum install -y python36u
RUN rpm -Uvh https://packages.microsoft.com/config/centos/7/packages-microsoft-prod.rpm
