# corpus: modelled-on=AWS docs: awscli-exe-linux-$(uname -m).zip
# corpus: expect=
FROM amazonlinux:2023
RUN dnf install -y unzip \
 && curl -fsSL "https://awscli.amazonaws.com/awscli-exe-linux-$(uname -m).zip" -o /tmp/awscliv2.zip \
 && unzip -q /tmp/awscliv2.zip -d /tmp && /tmp/aws/install
